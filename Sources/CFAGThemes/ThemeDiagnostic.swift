/// One problem found in a theme file, pointing at the line and column that caused it.
///
/// Printed as `file:line:column: message` (with `warning: ` before the message for warnings), the
/// form editors and terminals recognise, so a business manager can jump straight to the line.
public struct ThemeDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// The theme cannot be used until this is fixed.
    case error
    /// The theme can be used, but departs from the partnership's guidance.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .error && rhs == .warning
    }
  }

  /// The file's path as given to the parser (or a label such as `<stdin>`).
  public var file: String
  /// The line, counted from 1.
  public var line: Int
  /// The column, counted from 1 in Unicode scalars.
  public var column: Int
  public var message: String
  public var severity: Severity

  public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
  }

  public var isError: Bool { severity == .error }

  /// `file:line:column: message`, or `file:line:column: warning: message`.
  public var description: String {
    let prefix = "\(file):\(line):\(column): "
    return severity == .warning ? prefix + "warning: " + message : prefix + message
  }
}

extension Sequence<ThemeDiagnostic> {
  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains { $0.isError } }

  /// In file, line and column order, errors before warnings on the same spot.
  public func sortedByPosition() -> [ThemeDiagnostic] {
    sorted {
      ($0.file, $0.line, $0.column, $0.severity == .error ? 0 : 1)
        < ($1.file, $1.line, $1.column, $1.severity == .error ? 0 : 1)
    }
  }
}

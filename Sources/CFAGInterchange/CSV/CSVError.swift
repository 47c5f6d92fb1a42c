/// A problem that stops a CSV file from being read, located at a physical line.
///
/// `line` is 1-based and counts physical lines of the file (newlines inside quoted fields
/// count too), so callers can report `file:line: field: problem`. `field` is the 1-based
/// position of the field in its record when the problem belongs to one field.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// A quoted field was never closed; `openedAtLine` is where its opening quote is.
    case unterminatedQuote(openedAtLine: Int)
    /// A `"` appeared inside a field that did not start with a quote (e.g. `ab"c`).
    case quoteInUnquotedField
    /// Something other than a comma or a line ending followed a closing quote (e.g. `"ab"c`).
    case charactersAfterClosingQuote
    /// The bytes are not a text file this reader can read (UTF-32, a ZIP/.xlsx file, NUL bytes).
    case unsupportedContent(String)
    /// A field or record over `ImportLimits`, or a NUL byte in a field.
    case limit(String)
  }

  /// 1-based physical line of the problem.
  public var line: Int
  /// 1-based field position within the record, when the problem belongs to one field.
  public var field: Int?
  /// The kind of problem.
  public var kind: Kind

  /// Creates an error.
  public init(line: Int, field: Int? = nil, kind: Kind) {
    self.line = line
    self.field = field
    self.kind = kind
  }

  /// The problem in words, without the location.
  public var message: String {
    switch kind {
    case .unterminatedQuote(let opened):
      "unterminated quoted field: the quote opened on line \(opened) is never closed"
    case .quoteInUnquotedField:
      "quote inside an unquoted field (a field containing quotes must be enclosed in quotes,"
        + " with inner quotes doubled, and no space before the opening quote)"
    case .charactersAfterClosingQuote:
      "characters after the closing quote of a quoted field (expected a comma or end of line)"
    case .unsupportedContent(let detail), .limit(let detail):
      detail
    }
  }

  /// `line N: field F: problem` (the field part only when known).
  public var description: String {
    if let field {
      return "line \(line): field \(field): \(message)"
    }
    return "line \(line): \(message)"
  }
}

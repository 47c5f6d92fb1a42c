/// The header record of a CSV file: column names with surrounding whitespace trimmed.
///
/// Look columns up with `index(of:)`, which compares normalised names, so `Case ID`,
/// `case_id`, `CASE-ID` and ` caseid ` all find the same column.
public struct CSVHeader: Sendable, Equatable {
  /// 1-based physical line of the header record.
  public var line: Int
  /// Column names in file order, whitespace-trimmed.
  public var names: [String]

  /// Creates a header from a record, trimming whitespace around each name.
  public init(_ record: CSVRecord) {
    self.init(line: record.line, names: record.fields)
  }

  /// Creates a header from names, trimming whitespace around each name.
  public init(line: Int, names: [String]) {
    self.line = line
    self.names = names.map(Self.trimmed)
  }

  /// Number of columns.
  public var count: Int { names.count }

  /// The 0-based index of the first column whose normalised name equals `name`'s.
  public func index(of name: String) -> Int? {
    let wanted = Self.normalise(name)
    return names.firstIndex { Self.normalise($0) == wanted }
  }

  /// The 0-based index of the first column matching any of `aliases`, tried in order.
  public func index(ofAny aliases: [String]) -> Int? {
    for alias in aliases {
      if let found = index(of: alias) {
        return found
      }
    }
    return nil
  }

  /// Normalised names that occur more than once, in order of first repetition.
  public var duplicateNames: [String] {
    var seen = Set<String>()
    var repeated: [String] = []
    for name in names {
      let key = Self.normalise(name)
      if !seen.insert(key).inserted && !repeated.contains(key) {
        repeated.append(key)
      }
    }
    return repeated
  }

  /// Checks a data record's field count against the header.
  ///
  /// - Returns: `nil` when the counts match, otherwise the mismatch to report.
  public func fieldCountMismatch(in record: CSVRecord) -> CSVFieldCountMismatch? {
    record.count == count
      ? nil : CSVFieldCountMismatch(line: record.line, expected: count, found: record.count)
  }

  /// The comparison key for column names: lowercased, without whitespace, `_` or `-`.
  public static func normalise(_ name: String) -> String {
    String(
      name.lowercased().unicodeScalars.filter { scalar in
        scalar != "_" && scalar != "-" && !scalar.properties.isWhitespace
      })
  }

  static func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = text.lastIndex(where: { !$0.isWhitespace })!
    return String(text[first...last])
  }
}

/// A data record whose number of fields differs from the header's (a "ragged" row).
///
/// The reader never pads or truncates records; callers decide whether a mismatch is an
/// error, using `CSVHeader.fieldCountMismatch(in:)` or `CSVDocument.fieldCountMismatches`.
public struct CSVFieldCountMismatch: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based physical line where the record starts.
  public var line: Int
  /// Number of columns in the header.
  public var expected: Int
  /// Number of fields in the record.
  public var found: Int

  /// Creates a mismatch report.
  public init(line: Int, expected: Int, found: Int) {
    self.line = line
    self.expected = expected
    self.found = found
  }

  /// `line N: expected E fields (as in the header) but found F`.
  public var description: String {
    let noun = expected == 1 ? "field" : "fields"
    return "line \(line): expected \(expected) \(noun) (as in the header) but found \(found)"
  }
}

/// One record (row) of a CSV file with the physical line it starts on.
public struct CSVRecord: Sendable, Equatable {
  /// 1-based physical line of the file where the record starts.
  public var line: Int
  /// The field values, unquoted and unescaped, in file order. Never empty.
  public var fields: [String]

  /// Creates a record.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// How many fields the record has (compare with the header to find ragged rows).
  public var count: Int { fields.count }

  /// The field at a 0-based index, or `nil` when the record is too short.
  public func field(at index: Int) -> String? {
    index >= 0 && index < fields.count ? fields[index] : nil
  }

  /// The field at a 0-based index; crashes when out of range, like an array.
  public subscript(index: Int) -> String { fields[index] }

  /// True when every field is empty or whitespace, e.g. the `,,,,` rows Excel leaves behind.
  ///
  /// Physically empty lines are already skipped by the reader; this is for callers that
  /// also want to ignore rows of empty cells.
  public var isBlank: Bool {
    fields.allSatisfy { field in
      // A field starting with an ASCII byte that is not whitespace is not blank: most rows stop here.
      if let first = field.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) {
        return false
      }
      return field.allSatisfy(\.isWhitespace)
    }
  }
}

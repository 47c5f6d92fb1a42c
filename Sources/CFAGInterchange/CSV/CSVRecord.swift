/// One record (row) of a CSV file with the physical line it starts on.
///
/// Its fields are byte ranges of the file's text (`CSVText`), shared with the other records;
/// `fields`, `field(at:)` and the subscript make `String`s from them when asked.
public struct CSVRecord: Sendable, Equatable {
  /// 1-based physical line of the file where the record starts.
  public var line: Int
  /// The text holding the fields.
  private let text: CSVText
  /// The record's fields, as indices of `text`'s fields.
  private let range: Range<Int>

  /// Creates a record.
  public init(line: Int, fields: [String]) {
    self.init(line: line, text: CSVText(fields: fields), range: 0..<fields.count)
  }

  /// A record whose fields are `range` of `text`'s.
  init(line: Int, text: CSVText, range: Range<Int>) {
    self.line = line
    self.text = text
    self.range = range
  }

  /// The field values, unquoted and unescaped, in file order. Never empty.
  public var fields: [String] { range.map(text.string) }

  /// How many fields the record has (compare with the header to find ragged rows).
  public var count: Int { range.count }

  /// The field at a 0-based index, or `nil` when the record is too short.
  public func field(at index: Int) -> String? {
    index >= 0 && index < count ? self[index] : nil
  }

  /// The field at a 0-based index; crashes when out of range, like an array.
  public subscript(index: Int) -> String {
    precondition(index >= 0 && index < count, "field index out of range")
    return text.string(range.lowerBound + index)
  }

  /// The bytes of the field at a 0-based index (crashes when out of range), valid while the
  /// record, or its document, lives.
  func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
    precondition(index >= 0 && index < count, "field index out of range")
    return text.bytes(range.lowerBound + index)
  }

  /// True when every field is empty or whitespace, e.g. the `,,,,` rows Excel leaves behind.
  ///
  /// Physically empty lines are already skipped by the reader; this is for callers that
  /// also want to ignore rows of empty cells.
  public var isBlank: Bool {
    (0..<count).allSatisfy { index in
      // A field starting with an ASCII byte that is not whitespace is not blank: most rows stop here.
      if let first = bytes(at: index).first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) {
        return false
      }
      return self[index].allSatisfy(\.isWhitespace)
    }
  }

  public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
    lhs.line == rhs.line && lhs.fields == rhs.fields
  }
}

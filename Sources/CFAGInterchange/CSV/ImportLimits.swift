import CFAGDomain

/// What every file read in (candidate lists, returns, tracker packs) is held to, so a careless or
/// hostile file is refused with its line and column instead of being stored changed or whole: no
/// NUL (SQLite would cut the text there), no invalid UTF-8 (it would become U+FFFD unseen), no
/// field over 100 KB, no record over 500 columns, and no date outside 2000–2100.
public enum ImportLimits {
  public static let maxFieldBytes = 100_000
  public static let maxColumns = 500
  public static let years = 2000...2100

  /// The problem with one field's text, or nil.
  public static func problem(field text: String) -> String? {
    if text.utf8.contains(0) { return "holds a NUL byte, which cannot be stored: remove it" }
    if text.utf8.count > maxFieldBytes {
      return "is \(text.utf8.count / 1000) KB long; a field may hold at most \(maxFieldBytes / 1000) KB"
    }
    return nil
  }

  /// The problem with a date read from a file, or nil.
  public static func problem(date day: Day) -> String? {
    years.contains(day.year)
      ? nil : "\"\(day.iso)\" is outside \(years.lowerBound)–\(years.upperBound): check the year"
  }

  /// Checks every record of a parsed CSV file (or of one batch of it); throws the first problem
  /// with its line and field, naming the field's column from the header. The fields are looked at
  /// only when the file holds a NUL byte or a field spans more bytes than a field may hold, which
  /// most files do not.
  static func check(_ records: [CSVRecord], header: CSVRecord?, longestField: Int, holdsNUL: Bool)
    throws(CSVError)
  {
    let checkFields = holdsNUL || longestField > maxFieldBytes
    for record in records {
      if record.count > maxColumns {
        throw CSVError(
          line: record.line,
          kind: .limit("\(record.count) columns; a file may have at most \(maxColumns)"))
      }
      guard checkFields else { continue }
      for (index, field) in record.fields.enumerated() {
        if let message = problem(field: field) {
          let name = header.flatMap { $0.field(at: index) }.map { "\"\($0)\"" } ?? "\(index + 1)"
          throw CSVError(line: record.line, field: index + 1, kind: .limit("column \(name) " + message))
        }
      }
    }
  }

  /// The 1-based line of the first byte that is not well-formed UTF-8, or nil if all are.
  static func firstInvalidUTF8Line(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var line = 1
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") { line += 1 }
      if byte < 0x80 {
        index += 1
        continue
      }
      let end = min(bytes.count, index + 4)
      let length = (index + 1...end).first { stop in
        UTF8Validation.isValid(UnsafeBufferPointer(rebasing: bytes[index..<stop]))
      }
      guard let length else { return line }
      index = length
    }
    return nil
  }

  /// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence: then a file that
  /// is not valid UTF-8 throughout is broken UTF-8, not Windows-1252.
  static func looksLikeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 1 < bytes.count {
      let byte = bytes[index]
      if byte >= 0xC2 && byte <= 0xF4 {
        for stop in index + 2...min(bytes.count, index + 4)
        where UTF8Validation.isValid(UnsafeBufferPointer(rebasing: bytes[index..<stop])) {
          return true
        }
      }
      index += 1
    }
    return false
  }
}

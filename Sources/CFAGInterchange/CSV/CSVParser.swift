/// The byte-level RFC 4180 parser over UTF-8 bytes.
///
/// It scans bytes and builds one `String` per field from a slice of the input (quoted
/// fields with doubled quotes are unescaped once into the new string). Physical lines are
/// counted as LF, CRLF or a lone CR, inside quoted fields too.
struct CSVParser {
  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  private let base: UnsafePointer<UInt8>
  private let end: Int
  private var index = 0
  private var line = 1
  /// The most bytes any field parsed so far spans in the input (its quotes' doubling included).
  private(set) var longestField = 0

  /// Creates a parser over `bytes`, which must stay valid while `parseAll()` runs.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    // An empty buffer may have no base address; a dangling but never-read pointer is fine.
    self.base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    self.end = bytes.count
  }

  /// Parses every record, skipping physically empty lines.
  mutating func parseAll() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var width = 0
    while index < end {
      if skipLineEnding() {
        continue
      }
      let startLine = line
      var fields: [String] = []
      fields.reserveCapacity(width)
      try parseRecord(into: &fields)
      width = fields.count
      records.append(CSVRecord(line: startLine, fields: fields))
    }
    return records
  }

  /// Consumes a line ending at `index` (LF, CR or CRLF) and counts the line.
  private mutating func skipLineEnding() -> Bool {
    let byte = base[index]
    if byte == Self.lineFeed {
      index += 1
    } else if byte == Self.carriageReturn {
      index += 1
      if index < end && base[index] == Self.lineFeed {
        index += 1
      }
    } else {
      return false
    }
    line += 1
    return true
  }

  /// Parses fields up to and including the record's line ending (or the end of input).
  private mutating func parseRecord(into fields: inout [String]) throws(CSVError) {
    while true {
      let fieldNumber = fields.count + 1
      if index < end && base[index] == Self.quote {
        fields.append(try parseQuotedField())
      } else {
        fields.append(try parseUnquotedField(fieldNumber))
      }
      guard index < end else { return }
      if base[index] == Self.comma {
        index += 1
        continue
      }
      if skipLineEnding() {
        return
      }
      // Only a quoted field can stop before a comma or line ending.
      throw CSVError(line: line, field: fieldNumber, kind: .charactersAfterClosingQuote)
    }
  }

  /// Scans an unquoted field up to a comma, line ending or end of input.
  private mutating func parseUnquotedField(_ fieldNumber: Int) throws(CSVError) -> String {
    let start = index
    while index < end {
      let byte = base[index]
      if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn {
        break
      }
      if byte == Self.quote {
        throw CSVError(line: line, field: fieldNumber, kind: .quoteInUnquotedField)
      }
      index += 1
    }
    longestField = max(longestField, index - start)
    return makeString(start, index)
  }

  /// Scans a quoted field from its opening quote to just past its closing quote.
  private mutating func parseQuotedField() throws(CSVError) -> String {
    let openedAt = line
    index += 1
    let start = index
    var doubledQuotes = 0
    while true {
      guard index < end else {
        throw CSVError(line: openedAt, kind: .unterminatedQuote(openedAtLine: openedAt))
      }
      let byte = base[index]
      if byte == Self.quote {
        if index + 1 < end && base[index + 1] == Self.quote {
          doubledQuotes += 1
          index += 2
          continue
        }
        break
      }
      if byte == Self.lineFeed {
        line += 1
      } else if byte == Self.carriageReturn && !(index + 1 < end && base[index + 1] == Self.lineFeed) {
        line += 1
      }
      index += 1
    }
    let stop = index
    index += 1  // the closing quote
    longestField = max(longestField, stop - start)
    return doubledQuotes == 0
      ? makeString(start, stop) : unescape(start, stop, length: stop - start - doubledQuotes)
  }

  private func makeString(_ start: Int, _ stop: Int) -> String {
    if start == stop {
      return ""
    }
    return String(decoding: UnsafeBufferPointer(start: base + start, count: stop - start), as: UTF8.self)
  }

  /// The field between `start` and `stop` with each `""` turned into `"`.
  private func unescape(_ start: Int, _ stop: Int, length: Int) -> String {
    String(unsafeUninitializedCapacity: length) { output in
      var written = 0
      var position = start
      while position < stop {
        let byte = base[position]
        output[written] = byte
        written += 1
        position += byte == Self.quote ? 2 : 1
      }
      return written
    }
  }
}

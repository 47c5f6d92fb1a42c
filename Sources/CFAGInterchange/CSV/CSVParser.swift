/// The byte-level RFC 4180 parser over UTF-8 bytes.
///
/// It scans a copy of the bytes and notes where each field is, making no `String`: quoted fields
/// with doubled quotes are unescaped in place in the copy, which becomes the records' `CSVText`.
/// Physical lines are counted as LF, CRLF or a lone CR, inside quoted fields too.
struct CSVParser {
  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// The copy being parsed, which the records' texts share.
  private let buffer: CSVBuffer
  private let base: UnsafeMutablePointer<UInt8>
  private let end: Int
  private var index = 0
  private var line = 1
  /// Each field's bytes in the copy, in file order, for the batch being parsed.
  private var spans: [Range<Int>] = []
  /// Each record's first line and the end of its fields in `spans`, for the batch being parsed.
  private var records: [(line: Int, end: Int)] = []
  /// The most bytes any field of the batch spans in the input (its quotes' doubling included).
  private var longestField = 0

  /// A parser of a copy of `bytes`.
  init(copying bytes: UnsafeBufferPointer<UInt8>) {
    buffer = CSVBuffer(copying: bytes)
    // An empty buffer may have no base address; a dangling but never-read pointer is fine.
    base = buffer.bytes.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!
    end = buffer.bytes.count
  }

  /// Whether every record has been parsed.
  var isAtEnd: Bool { index >= end }

  /// Parses the next `limit` records (fewer at the end of the file, none after it), skipping
  /// physically empty lines; also gives the most bytes any of their fields spans in the input
  /// (its quotes' doubling included), for `ImportLimits`.
  mutating func next(upTo limit: Int) throws(CSVError) -> (records: [CSVRecord], longestField: Int) {
    spans = []
    records = []
    longestField = 0
    let startedAt = index
    while index < end && records.count < limit {
      if skipLineEnding() {
        continue
      }
      let startLine = line
      try parseRecord()
      records.append((startLine, spans.count))
      if records.count == 2 {
        // Room for as many records and fields as the rest of the batch holds if it is like its
        // first two records, so the lists of a large file are not copied as they grow.
        let times = min((end - startedAt) / max(index - startedAt, 1) + 1, limit / 2 + 1)
        spans.reserveCapacity(spans.count * times)
        records.reserveCapacity(2 * times)
      }
    }
    let text = CSVText(buffer, spans: spans)
    var start = 0
    let parsed = records.map { record in
      defer { start = record.end }
      return CSVRecord(line: record.line, text: text, range: start..<record.end)
    }
    return (parsed, longestField)
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
  private mutating func parseRecord() throws(CSVError) {
    let first = spans.count
    while true {
      let fieldNumber = spans.count - first + 1
      if index < end && base[index] == Self.quote {
        try parseQuotedField()
      } else {
        try parseUnquotedField(fieldNumber)
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
  private mutating func parseUnquotedField(_ fieldNumber: Int) throws(CSVError) {
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
    spans.append(start..<index)
  }

  /// Scans a quoted field from its opening quote to just past its closing quote.
  private mutating func parseQuotedField() throws(CSVError) {
    let openedAt = line
    index += 1
    let start = index
    var escaped = false
    while true {
      guard index < end else {
        throw CSVError(line: openedAt, kind: .unterminatedQuote(openedAtLine: openedAt))
      }
      let byte = base[index]
      if byte == Self.quote {
        if index + 1 < end && base[index + 1] == Self.quote {
          escaped = true
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
    spans.append(start..<(escaped ? unescape(start, stop) : stop))
  }

  /// Turns each `""` between `start` and `stop` into `"` in place; returns where the field now ends.
  private func unescape(_ start: Int, _ stop: Int) -> Int {
    var written = start
    var position = start
    while position < stop {
      let byte = base[position]
      base[written] = byte
      written += 1
      position += byte == Self.quote ? 2 : 1
    }
    return written
  }
}

@testable import CFAGInterchange

/// A deliberately naive RFC 4180 parser over UTF-8 bytes, used to cross-check `CSVParser`.
enum CSVReferenceParser {
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")

  static func parse(_ bytes: [UInt8]) -> Result<[CSVRecord], CSVError> {
    var cursor = Cursor(bytes: bytes)
    var records: [CSVRecord] = []
    while !cursor.atEnd {
      if cursor.takeLineEnding() != nil {
        continue
      }
      let start = cursor.line
      var fields: [String] = []
      while true {
        let quoted = cursor.peek == quote
        let field = quoted ? cursor.takeQuoted() : cursor.takeUnquoted(fieldNumber: fields.count + 1)
        switch field {
        case .failure(let error): return .failure(error)
        case .success(let value): fields.append(value)
        }
        if cursor.atEnd { break }
        if cursor.peek == comma {
          cursor.index += 1
          continue
        }
        if cursor.takeLineEnding() != nil { break }
        return .failure(CSVError(line: cursor.line, field: fields.count, kind: .charactersAfterClosingQuote))
      }
      records.append(CSVRecord(line: start, fields: fields))
    }
    return .success(records)
  }

  private struct Cursor {
    let bytes: [UInt8]
    var index = 0
    var line = 1

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[index] }

    mutating func takeLineEnding() -> [UInt8]? {
      let ending: [UInt8]
      if bytes[index...].starts(with: [13, 10]) {
        ending = [13, 10]
      } else if bytes[index] == 13 || bytes[index] == 10 {
        ending = [bytes[index]]
      } else {
        return nil
      }
      index += ending.count
      line += 1
      return ending
    }

    mutating func takeUnquoted(fieldNumber: Int) -> Result<String, CSVError> {
      var value: [UInt8] = []
      while let byte = peek, byte != comma, byte != 10, byte != 13 {
        if byte == quote {
          return .failure(CSVError(line: line, field: fieldNumber, kind: .quoteInUnquotedField))
        }
        value.append(byte)
        index += 1
      }
      return .success(String(decoding: value, as: UTF8.self))
    }

    mutating func takeQuoted() -> Result<String, CSVError> {
      let opened = line
      index += 1
      var value: [UInt8] = []
      while true {
        guard let byte = peek else {
          return .failure(CSVError(line: opened, kind: .unterminatedQuote(openedAtLine: opened)))
        }
        if byte == quote {
          if bytes[index...].starts(with: [quote, quote]) {
            value.append(quote)
            index += 2
            continue
          }
          index += 1
          return .success(String(decoding: value, as: UTF8.self))
        }
        if let ending = takeLineEnding() {
          value += ending
        } else {
          value.append(byte)
          index += 1
        }
      }
    }
  }
}

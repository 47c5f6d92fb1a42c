import CFAGDomain

/// Writes the map and array columns every return and assessment saves (answers, domain grades,
/// domains not applicable) from their bytes, as `JSONColumnReader` reads them: the same text
/// `JSONColumn.encode` gives (keys sorted, slashes not escaped), without `JSONEncoder`'s generic
/// work for each of the demo's 10,000 returns. Keys that are not all ASCII, which no theme's ids
/// are, go through `JSONColumn.encode`, whose order for them is the encoder's own.
enum JSONColumnWriter {
  /// `answers_json`: question id → `{"choice": ..., "text": ...}` (no choice when it has none).
  static func answers(_ answers: [String: Answer]) -> SQLValue {
    guard answers.keys.allSatisfy(isASCII) else { return JSONColumn.encode(answers) }
    var bytes: [UInt8] = [UInt8(ascii: "{")]
    for (index, key) in answers.keys.sorted().enumerated() {
      let stored = answers[key]!.stored
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(key, into: &bytes)
      bytes.append(contentsOf: Array(":{".utf8))
      if let choice = stored.choice {
        string(StoredAnswer.CodingKeys.choice.rawValue, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        string(choice, into: &bytes)
        bytes.append(UInt8(ascii: ","))
      }
      string(StoredAnswer.CodingKeys.text.rawValue, into: &bytes)
      bytes.append(UInt8(ascii: ":"))
      string(stored.text, into: &bytes)
      bytes.append(UInt8(ascii: "}"))
    }
    bytes.append(UInt8(ascii: "}"))
    return String(decoding: bytes, as: UTF8.self).sqlValue
  }

  /// `domain_grades_json`: domain id → the judgement's stored text.
  static func judgements(_ judgements: [String: DomainJudgement]) -> SQLValue {
    guard judgements.keys.allSatisfy(isASCII) else { return JSONColumn.encode(judgements) }
    var bytes: [UInt8] = [UInt8(ascii: "{")]
    for (index, key) in judgements.keys.sorted().enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(key, into: &bytes)
      bytes.append(UInt8(ascii: ":"))
      string(judgements[key]!.stored, into: &bytes)
    }
    bytes.append(UInt8(ascii: "}"))
    return String(decoding: bytes, as: UTF8.self).sqlValue
  }

  /// An array of texts in the order given (`not_applicable_json`).
  static func texts(_ texts: [String]) -> SQLValue {
    var bytes: [UInt8] = [UInt8(ascii: "[")]
    for (index, text) in texts.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(text, into: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
    return String(decoding: bytes, as: UTF8.self).sqlValue
  }

  /// A JSON string as `JSONEncoder` writes it: a quote and a backslash escaped, the control
  /// characters as `\b \t \n \f \r` or `\u00xx`, everything else (a slash, any non-ASCII
  /// character) as it is.
  static func string(_ text: String, into bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
      case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x00..<0x20:
        bytes += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}

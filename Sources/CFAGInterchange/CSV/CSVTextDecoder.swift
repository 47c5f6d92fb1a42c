/// Detects a CSV file's encoding and produces UTF-8 bytes for the parser.
enum CSVTextDecoder {
  /// The outcome of decoding: either the input can be parsed as it is (after skipping a
  /// byte-order mark) or it was transcoded to UTF-8.
  enum Decoded {
    case original(skip: Int)
    case transcoded([UInt8])
  }

  /// Decides the encoding of `bytes` and returns how to obtain UTF-8 from them.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> (CSVEncoding, Decoded) {
    if hasPrefix(bytes, [0xFF, 0xFE, 0x00, 0x00]) || hasPrefix(bytes, [0x00, 0x00, 0xFE, 0xFF]) {
      throw unsupported("the file is UTF-32, which is not supported; save it as UTF-8 CSV")
    }
    if hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) {
      return (.utf8WithBOM, .original(skip: 3))
    }
    if hasPrefix(bytes, [0xFF, 0xFE]) {
      return (.utf16LittleEndian, .transcoded(utf16(bytes, littleEndian: true)))
    }
    if hasPrefix(bytes, [0xFE, 0xFF]) {
      return (.utf16BigEndian, .transcoded(utf16(bytes, littleEndian: false)))
    }
    if hasPrefix(bytes, [0x50, 0x4B, 0x03, 0x04]) {
      throw unsupported(
        "this is a ZIP file, probably an Excel workbook (.xlsx), not CSV; save it as CSV first")
    }
    if hasPrefix(bytes, [0xD0, 0xCF, 0x11, 0xE0]) {
      throw unsupported(
        "this is an old Excel workbook (.xls), not CSV; save it as CSV first")
    }
    // Many NULs near the start are UTF-16 without a mark; a stray one is reported where it is.
    if bytes.prefix(1024).filter({ $0 == 0 }).count * 4 > min(bytes.count, 1024) {
      throw unsupported(
        "the file contains NUL bytes: it may be UTF-16 without a byte-order mark, or not text")
    }
    if UTF8Validation.isValid(bytes) {
      return (.utf8, .original(skip: 0))
    }
    if ImportLimits.looksLikeUTF8(bytes), let line = ImportLimits.firstInvalidUTF8Line(bytes) {
      throw CSVError(
        line: line,
        kind: .unsupportedContent(
          "the file is UTF-8 with bytes that are not UTF-8 on this line (they would be lost): "
            + "save it as UTF-8 again"))
    }
    return (.windows1252, .transcoded(Windows1252.utf8(from: bytes)))
  }

  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
    bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
  }

  private static func unsupported(_ detail: String) -> CSVError {
    CSVError(line: 1, kind: .unsupportedContent(detail))
  }

  /// UTF-8 for UTF-16 bytes after the 2-byte mark; ill-formed units become U+FFFD.
  private static func utf16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    if index < bytes.count {
      units.append(0xFFFD)
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }
}

/// Transcoding from Windows code page 1252 to UTF-8.
///
/// 0x00–0x7F are ASCII, 0xA0–0xFF are Latin-1 (e.g. 0xA3 `£`), and 0x80–0x9F use the
/// Windows mapping (0x80 `€`, 0x91/0x92 `‘ ’`, 0x93/0x94 `“ ”`, 0x96 `–`, 0x97 `—`, …).
/// The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1
/// control characters with the same value, as Windows' own converter does.
enum Windows1252 {
  /// Unicode scalars for bytes 0x80–0x9F.
  static let highControls: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The Unicode scalar value of one Windows-1252 byte.
  static func scalar(for byte: UInt8) -> UInt32 {
    (0x80...0x9F).contains(byte) ? highControls[Int(byte) - 0x80] : UInt32(byte)
  }

  /// UTF-8 bytes for Windows-1252 `bytes`. Line structure (CR, LF, commas, quotes) is unchanged.
  static func utf8(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let value = scalar(for: byte)
      if value < 0x800 {
        output.append(UInt8(0xC0 | (value >> 6)))
        output.append(UInt8(0x80 | (value & 0x3F)))
      } else {
        output.append(UInt8(0xE0 | (value >> 12)))
        output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        output.append(UInt8(0x80 | (value & 0x3F)))
      }
    }
    return output
  }
}

/// The byte-level rules of XML 1.0 the reader applies: which characters a document may hold, which
/// bytes make names and whitespace, and UTF-8 encoding of character references.
enum XMLCharacters {
  /// Where the bytes first stop being UTF-8 text of characters XML allows, and why; nil if they never do.
  /// Overlong forms, surrogates, control characters other than tab and line breaks, U+FFFE and
  /// U+FFFF are all refused.
  static func firstInvalid(_ bytes: [UInt8]) -> (offset: Int, reason: String)? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D {
          return (index, "the control character U+\(hex(UInt32(lead))) is not allowed in XML")
        }
        index += 1
        continue
      }
      let length: Int
      var scalar: UInt32
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
      case 0xE0: (length, scalar, low) = (3, UInt32(lead & 0x0F), 0xA0)
      case 0xED: (length, scalar, high) = (3, UInt32(lead & 0x0F), 0x9F)
      case 0xE1...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
      case 0xF0: (length, scalar, low) = (4, UInt32(lead & 0x07), 0x90)
      case 0xF4: (length, scalar, high) = (4, UInt32(lead & 0x07), 0x8F)
      case 0xF1...0xF3: (length, scalar) = (4, UInt32(lead & 0x07))
      default: return (index, "invalid UTF-8 (byte 0x\(hex(UInt32(lead), digits: 2)))")
      }
      guard index + length <= count else {
        return (index, "invalid UTF-8 (the text ends inside a character)")
      }
      for offset in 1..<length {
        let byte = bytes[index + offset]
        guard byte >= (offset == 1 ? low : 0x80), byte <= (offset == 1 ? high : 0xBF) else {
          return (index, "invalid UTF-8 (byte 0x\(hex(UInt32(byte), digits: 2)) inside a character)")
        }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      if scalar == 0xFFFE || scalar == 0xFFFF {
        return (index, "the character U+\(hex(scalar)) is not allowed in XML")
      }
      index += length
    }
    return nil
  }

  /// Whether a character reference may name this code point (XML 1.0's `Char`).
  static func isCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// Bytes that may appear in a name: ASCII letters, digits, `-`, `.`, `_`, `:`, and every byte of a
  /// non-ASCII character (which the reader takes as a letter).
  static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: ":"), 0x80...0xFF:
      true
    default: false
    }
  }

  /// Bytes a name may not start with, though they may follow its first character.
  static func isNameStart(_ byte: UInt8) -> Bool {
    isNameByte(byte) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) && byte != UInt8(ascii: "-")
      && byte != UInt8(ascii: ".")
  }

  static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case ..<0x80: out.append(UInt8(value))
    case ..<0x800: out += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
    case ..<0x10000:
      out += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
    default:
      out += [
        UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F),
        UInt8(0x80 | value & 0x3F),
      ]
    }
  }

  /// Upper-case hexadecimal, padded with zeros to `digits`.
  static func hex(_ value: UInt32, digits width: Int = 4) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// Escaping for XML text and attributes (XHTML, SVG and OOXML).
public enum XML {
  public static func escape(_ text: String) -> String {
    // Most text has nothing to escape or drop: checked byte by byte, it is returned as it is.
    if allSatisfy(text, isPlain) { return text }
    // Byte by byte: everything to escape or drop is ASCII, and a byte of a longer UTF-8
    // sequence is never ASCII, so the bytes of other characters are copied as they are.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 32)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): out += "&amp;".utf8
      case UInt8(ascii: "<"): out += "&lt;".utf8
      case UInt8(ascii: ">"): out += "&gt;".utf8
      case UInt8(ascii: "\""): out += "&quot;".utf8
      case UInt8(ascii: "'"): out += "&apos;".utf8
      // Characters XML 1.0 forbids are dropped; tabs and line breaks are kept.
      case 0x20..., 0x09, 0x0A, 0x0D: out.append(byte)
      default: break
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func allSatisfy(_ text: String, _ test: (UInt8) -> Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(test) } ?? text.utf8.allSatisfy(test)
  }

  /// An ASCII byte that is kept as it is: not markup, and not a control character XML forbids.
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
    case 0x20..<0x80, 0x09, 0x0A, 0x0D: true
    default: false
    }
  }
}

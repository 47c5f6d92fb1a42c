/// Escaping for XML text and attributes (XHTML, SVG and OOXML).
public enum XML {
  public static func escape(_ text: String) -> String {
    // Most text has nothing to escape or drop: checked byte by byte, it is returned as it is.
    if text.utf8.allSatisfy(isPlain) { return text }
    var out = ""
    out.reserveCapacity(text.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        // Characters XML 1.0 forbids are dropped; tabs and line breaks are kept.
        let value = scalar.value
        if value >= 0x20 || value == 0x9 || value == 0xA || value == 0xD {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
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

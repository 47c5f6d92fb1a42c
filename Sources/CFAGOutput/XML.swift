/// Escaping for XML text and attributes (XHTML, SVG and OOXML).
public enum XML {
  public static func escape(_ text: String) -> String {
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
}

/// Word wrapping and truncation by display width.
public enum TextWrap {
  /// Wraps `text` to lines of at most `width` columns, breaking at spaces where possible and
  /// keeping explicit newlines. Words longer than the width are broken.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        let wordWidth = DisplayWidth.of(word)
        let gap = line.isEmpty ? 0 : 1
        if lineWidth + gap + wordWidth <= width {
          if gap == 1 { line += " " }
          line += word
          lineWidth += gap + wordWidth
          continue
        }
        if !line.isEmpty { lines.append(line) }
        line = ""
        lineWidth = 0
        for character in word {
          let w = DisplayWidth.of(character)
          if lineWidth + w > width, !line.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(character)
          lineWidth += w
        }
      }
      lines.append(line)
    }
    return lines
  }

  /// `text` cut to at most `width` columns, ending in `…` when cut.
  public static func truncate(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(text) > width else { return text }
    // A leading run of printable ASCII is cut by bytes; from the first other grapheme, by graphemes.
    let ascii =
      text.utf8.withContiguousStorageIfAvailable { DisplayWidth.asciiColumns($0, from: 0, limit: width - 1) }
      ?? 0
    var result = String(decoding: text.utf8.prefix(ascii), as: UTF8.self)
    var used = ascii
    for character in text[text.utf8.index(text.startIndex, offsetBy: ascii)...] {
      let w = DisplayWidth.of(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }
}

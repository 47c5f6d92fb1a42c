/// User text placed into Markdown, escaped so it reads as the words typed and nothing else: no
/// raw HTML, no links or images, no emphasis, and no heading, list, quote or table line of its own.
/// Every Markdown writer (reports, the pre-meeting pack, the tracker pack) passes user text through
/// here; the syntax around it is the writer's own.
public enum MarkdownText {
  /// Text for a paragraph, list item or heading. Line breaks stay; a line cannot start a block.
  public static func escape(_ text: String) -> String {
    if isPlain(text, atLineStart: true) { return text }
    return lines(text).map { escapeLine($0, atLineStart: true) }.joined(separator: "\n")
  }

  /// Text for a table cell, which no line of its own can start: escaped, on one line, with line
  /// breaks as `<br>`.
  public static func cell(_ text: String) -> String {
    if isPlain(text, atLineStart: false) { return text }
    return lines(text).map { escapeLine($0, atLineStart: false) }.joined(separator: "<br>")
  }

  /// Whether the text is one line with nothing to escape, as most text of a report is: ASCII
  /// with no character that opens inline syntax and, at the start of a line, none that opens a
  /// block and no space or digit. Every escape needs one of these characters, so such text is
  /// what `escapeLine` would give; checked byte by byte, without splitting into characters.
  private static func isPlain(_ text: String, atLineStart: Bool) -> Bool {
    var text = text
    // The sets are read once, not a global's lazy start checked again at every byte.
    let (inline, blockStart) = (Self.inline, Self.blockStart)
    return text.withUTF8 { bytes in
      if atLineStart, let first = bytes.first,
        blockStart.contains(first) || first == UInt8(ascii: " ") || (0x30...0x39).contains(first)
      {
        return false
      }
      // Each byte an ASCII one that is no line break, opens no inline syntax and starts no entity.
      return bytes.allSatisfy { byte in
        byte < 0x80 && !(0x0A...0x0D).contains(byte) && byte != UInt8(ascii: "&") && !inline.contains(byte)
      }
    }
  }

  private static func lines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  }

  /// Characters that open inline syntax wherever they are, as ASCII bytes.
  private static let inline = ASCIISet("\\`*_[]<>|~")
  /// Characters that open a block at the start of a line, as ASCII bytes.
  private static let blockStart = ASCIISet("#-+=")

  private static func escapeLine(_ line: Substring, atLineStart: Bool) -> String {
    var result = ""
    let characters = Array(line)
    // Leading spaces would make an indented code block: keep them as non-breaking spaces.
    var index = 0
    while atLineStart, index < characters.count, characters[index] == " " {
      result.append("\u{00A0}")
      index += 1
    }
    let start = index
    while index < characters.count {
      let character = characters[index]
      let ascii = character.asciiValue ?? 0
      if inline.contains(ascii) || (atLineStart && index == start && blockStart.contains(ascii)) {
        result.append("\\")
        result.append(character)
      } else if character == "&", isEntity(characters, from: index) {
        result.append("\\&")
      } else if atLineStart, character == "." || character == ")", index > start,
        characters[start..<index].allSatisfy(\.isASCIIDigit)
      {
        // "1." or "1)" at the start of a line would begin a numbered list.
        result.append("\\")
        result.append(character)
      } else {
        result.append(character)
      }
      index += 1
    }
    return result
  }

  /// Whether an `&` begins an entity such as `&lt;` or `&#60;`.
  private static func isEntity(_ characters: [Character], from index: Int) -> Bool {
    var next = index + 1
    while next < characters.count, characters[next].isASCIILetterOrDigit || characters[next] == "#" {
      next += 1
    }
    return next > index + 1 && next < characters.count && characters[next] == ";"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
  fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}

/// One screen line of wrapped text: characters `start..<end`; `hardBreak` when a newline follows.
public struct WrappedLine: Hashable, Sendable {
  public var start: Int
  public var end: Int
  public var hardBreak: Bool
}

/// Word wrapping of a character array to a width, keeping character indices for cursor maths.
enum WrappedLines {
  /// The screen lines of `characters` wrapped to `width` columns; always at least one line.
  /// A space that overflows a line hangs at its end rather than starting the next line.
  static func wrap(_ characters: [Character], width: Int) -> [WrappedLine] {
    let width = max(1, width)
    var lines: [WrappedLine] = []
    var start = 0
    var used = 0
    var breakAfterSpace: Int?
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\n" {
        lines.append(WrappedLine(start: start, end: index, hardBreak: true))
        start = index + 1
        used = 0
        breakAfterSpace = nil
        index += 1
        continue
      }
      let w = DisplayWidth.of(character)
      if used + w > width, index > start {
        if character == " " {
          lines.append(WrappedLine(start: start, end: index + 1, hardBreak: false))
          start = index + 1
          index += 1
        } else {
          let end = breakAfterSpace ?? index
          lines.append(WrappedLine(start: start, end: end, hardBreak: false))
          start = end
          index = end
        }
        used = 0
        breakAfterSpace = nil
        continue
      }
      used += w
      if character == " " { breakAfterSpace = index + 1 }
      index += 1
    }
    lines.append(WrappedLine(start: start, end: characters.count, hardBreak: false))
    return lines
  }

  /// The index of the line holding cursor position `position`.
  static func line(of position: Int, in lines: [WrappedLine]) -> Int {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lines[mid].start <= position { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The last cursor position on `line`: its end, or one before it when the line wraps softly.
  static func lastPosition(of line: WrappedLine, isLast: Bool) -> Int {
    line.hardBreak || isLast || line.end == line.start ? line.end : line.end - 1
  }
}

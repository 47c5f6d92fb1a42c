import TUIKit

/// One screen line as pieces of text, each in its style.
typealias StyledLine = [(String, Style)]

/// Building blocks for panes of wrapped text.
enum StyledLines {
  /// `text` wrapped to `width`, the first line after `lead` and the rest indented to line up with
  /// it ("CSC  yes: the referral was made the same day" and its continuation).
  static func hanging(_ lead: StyledLine, _ text: String, style: Style, width: Int) -> [StyledLine] {
    let indent = lead.reduce(0) { $0 + DisplayWidth.of($1.0) }
    let wrapped = TextWrap.wrap(text, width: max(1, width - indent))
    return wrapped.enumerated().map { index, line in
      (index == 0 ? lead : [(String(repeating: " ", count: indent), Style.plain)]) + [(line, style)]
    }
  }

  /// Groups of pieces laid out one after another, a space between groups, on as many lines of
  /// `width` as they need; a group is never split, and lines after the first start with `indent`.
  static func flow(_ groups: [StyledLine], width: Int, indent: Int = 0) -> [StyledLine] {
    var lines: [StyledLine] = [[]]
    var used = 0
    for group in groups {
      let length = group.reduce(0) { $0 + DisplayWidth.of($1.0) }
      if used > 0 && used + 1 + length > width {
        lines.append(indent > 0 ? [(String(repeating: " ", count: indent), .plain)] : [])
        used = indent
      } else if used > 0 {
        lines[lines.count - 1].append((" ", .plain))
        used += 1
      }
      lines[lines.count - 1] += group
      used += length
    }
    return lines
  }

  /// Draws `lines` from the top of `area`, one a row, cut at its right edge; returns how many
  /// were drawn.
  @discardableResult
  static func draw(_ lines: [StyledLine], into buffer: inout Buffer, area: Rect) -> Int {
    for (row, line) in lines.prefix(max(0, area.height)).enumerated() {
      buffer.putRuns(area.x, area.y + row, line, maxX: area.maxX)
    }
    return min(lines.count, max(0, area.height))
  }
}

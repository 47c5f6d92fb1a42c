/// Text in 5-row block letters, readable from the back of a room (projector mode). Words wrap
/// onto further big lines when they do not fit; each line is centred.
public struct BigText: Widget {
  /// Rows taken by one line of big text.
  public static let lineHeight = BigTextFont.height

  public var text: String
  public var style: Style

  public init(_ text: String, style: Style = Style().bolded()) {
    self.text = text
    self.style = style
  }

  /// Columns needed to draw `text` on one line.
  public static func width(of text: String) -> Int {
    let widths = text.map { BigTextFont.glyph($0).first?.count ?? 0 }
    return widths.reduce(0, +) + max(0, widths.count - 1)
  }

  /// Rows needed to draw the text within `width` columns.
  public func height(width: Int) -> Int {
    let count = lines(width: width).count
    return count * BigText.lineHeight + max(0, count - 1)
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    var y = area.y
    for line in lines(width: area.width) {
      guard y + BigText.lineHeight <= area.maxY else { break }
      var x = area.x + max(0, (area.width - BigText.width(of: line)) / 2)
      for character in line {
        let glyph = BigTextFont.glyph(character)
        for (row, pattern) in glyph.enumerated() {
          for (column, pixel) in pattern.enumerated() where pixel == "#" && x + column < area.maxX {
            buffer.put(x + column, y + row, "█", style: style)
          }
        }
        x += (glyph.first?.count ?? 0) + 1
      }
      y += BigText.lineHeight + 1
    }
  }

  /// The text split into lines that fit `width`, breaking at spaces.
  func lines(width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if BigText.width(of: candidate) <= width || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}

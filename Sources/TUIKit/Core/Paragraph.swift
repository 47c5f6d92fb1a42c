extension Buffer {
  /// Puts `text` wrapped to the width of `area`, from its top, as many lines as fit; returns how
  /// many lines it drew. Nothing crosses the area's right edge.
  @discardableResult
  public mutating func putWrapped(_ text: String, in area: Rect, style: Style = .plain) -> Int {
    guard area.width > 0, area.height > 0 else { return 0 }
    let lines = TextWrap.wrap(text, width: area.width).prefix(area.height)
    for (row, line) in lines.enumerated() {
      put(area.x, area.y + row, line, style: style, maxWidth: area.width)
    }
    return lines.count
  }
}

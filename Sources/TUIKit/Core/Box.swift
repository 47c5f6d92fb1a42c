extension Buffer {
  /// Draws a single-line border around `rect` with an optional title, clearing the inside, and
  /// returns the inner area.
  @discardableResult
  public mutating func box(_ rect: Rect, title: String = "", style: Style = .plain) -> Rect {
    let area = rect.intersection(self.area)
    guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
    fill(area, with: .blank(style))
    let horizontal = String(repeating: "─", count: area.width - 2)
    put(area.x, area.y, "┌" + horizontal + "┐", style: style)
    put(area.x, area.maxY - 1, "└" + horizontal + "┘", style: style)
    for y in (area.y + 1)..<(area.maxY - 1) {
      put(area.x, y, "│", style: style)
      put(area.maxX - 1, y, "│", style: style)
    }
    if !title.isEmpty, area.width > 4 {
      put(
        area.x + 2, area.y, " " + TextWrap.truncate(title, width: area.width - 6) + " ",
        style: style.bolded())
    }
    return area.inset(by: 1)
  }
}

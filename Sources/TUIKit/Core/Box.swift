extension Buffer {
  /// Draws a single-line border around `rect` with an optional title, clearing the inside, and
  /// returns the inner area.
  @discardableResult
  public mutating func box(_ rect: Rect, title: String = "", style: Style = .plain) -> Rect {
    let area = rect.intersection(self.area)
    guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
    fill(area, with: .blank(style))
    let horizontal = Cell("─", style: style)
    let vertical = Cell("│", style: style)
    fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), with: horizontal)
    fill(Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1), with: horizontal)
    fill(Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
    fill(Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
    setCell(Cell("┌", style: style), x: area.x, y: area.y)
    setCell(Cell("┐", style: style), x: area.maxX - 1, y: area.y)
    setCell(Cell("└", style: style), x: area.x, y: area.maxY - 1)
    setCell(Cell("┘", style: style), x: area.maxX - 1, y: area.maxY - 1)
    if !title.isEmpty, area.width > 4 {
      put(
        area.x + 2, area.y, " " + TextWrap.truncate(title, width: area.width - 6) + " ",
        style: style.bolded())
    }
    return area.inset(by: 1)
  }
}

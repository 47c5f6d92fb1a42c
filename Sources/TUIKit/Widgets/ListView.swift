/// A scrolling list of single-line items with a highlighted selection.
public struct ListView: Widget {
  public var items: [String]
  public var state: ListState
  public var style: Style
  public var selectedStyle: Style
  /// Drawn before the selected item (and as spaces before the others).
  public var marker: String

  public init(
    items: [String], state: ListState, style: Style = .plain,
    selectedStyle: Style = Style().reversed(), marker: String = "› "
  ) {
    self.items = items
    self.state = state
    self.style = style
    self.selectedStyle = selectedStyle
    self.marker = marker
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(style))
    let top = state.visibleOffset(height: area.height)
    let blankMarker = String(repeating: " ", count: DisplayWidth.of(marker))
    for row in 0..<area.height {
      let index = top + row
      guard index < items.count else { break }
      let isSelected = index == state.selected
      let rowStyle = isSelected ? selectedStyle : style
      let line = area.row(row)
      buffer.fill(line, with: .blank(rowStyle))
      let text = (isSelected ? marker : blankMarker) + items[index]
      buffer.put(line.x, line.y, TextWrap.truncate(text, width: line.width), style: rowStyle)
    }
  }
}

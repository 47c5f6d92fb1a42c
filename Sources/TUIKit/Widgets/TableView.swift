/// A column of a table: a header title and a width constraint.
public struct TableColumn: Hashable, Sendable {
  public var title: String
  public var width: Constraint

  public init(_ title: String, width: Constraint = .fill(1)) {
    self.title = title
    self.width = width
  }
}

/// A scrolling table with a header row and a highlighted selected row.
public struct TableView: Widget {
  public var columns: [TableColumn]
  public var rows: [[String]]
  public var state: ListState
  public var headerStyle: Style
  public var style: Style
  public var selectedStyle: Style

  public init(
    columns: [TableColumn], rows: [[String]], state: ListState,
    headerStyle: Style = Style().bolded().underlined(), style: Style = .plain,
    selectedStyle: Style = Style().reversed()
  ) {
    self.columns = columns
    self.rows = rows
    self.state = state
    self.headerStyle = headerStyle
    self.style = style
    self.selectedStyle = selectedStyle
  }

  /// Rows of data visible in an area of this height (one row goes to the header).
  public static func bodyHeight(for area: Rect) -> Int { max(0, area.height - 1) }

  public func render(into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(style))
    guard area.height > 0 else { return }
    let cells = area.row(0).split(.horizontal, columns.map(\.width))
    buffer.fill(area.row(0), with: .blank(headerStyle))
    for (column, cell) in zip(columns, cells) {
      buffer.put(
        cell.x, cell.y, TextWrap.truncate(column.title, width: cell.width - 1),
        style: headerStyle)
    }
    let height = TableView.bodyHeight(for: area)
    let top = state.visibleOffset(height: height)
    for line in 0..<height {
      let index = top + line
      guard index < rows.count else { break }
      let rowStyle = index == state.selected ? selectedStyle : style
      let y = area.y + 1 + line
      buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: .blank(rowStyle))
      for (value, cell) in zip(rows[index], cells) {
        buffer.put(cell.x, y, TextWrap.truncate(value, width: cell.width - 1), style: rowStyle)
      }
    }
  }
}

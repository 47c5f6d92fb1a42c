/// A column of a table: a header title and a width constraint.
public struct TableColumn: Hashable, Sendable {
  public var title: String
  public var width: Constraint

  public init(_ title: String, width: Constraint = .fill(1)) {
    self.title = title
    self.width = width
  }
}

/// A scrolling table with a header row and a highlighted selected row. Only the rows in view are
/// asked for, so a long list costs no more to draw than a short one.
public struct TableView: Widget {
  public var columns: [TableColumn]
  public var rowCount: Int
  /// The cells of row `index`, asked for only while it is in view.
  public var row: (Int) -> [String]
  public var state: ListState
  public var headerStyle: Style
  public var style: Style
  public var selectedStyle: Style

  public init(
    columns: [TableColumn], rows: [[String]], state: ListState,
    headerStyle: Style = Style().bolded().underlined(), style: Style = .plain,
    selectedStyle: Style = Style().reversed()
  ) {
    self.init(
      columns: columns, rowCount: rows.count, state: state, headerStyle: headerStyle, style: style,
      selectedStyle: selectedStyle, row: { rows[$0] })
  }

  public init(
    columns: [TableColumn], rowCount: Int, state: ListState,
    headerStyle: Style = Style().bolded().underlined(), style: Style = .plain,
    selectedStyle: Style = Style().reversed(), row: @escaping (Int) -> [String]
  ) {
    self.columns = columns
    self.rowCount = rowCount
    self.row = row
    self.state = state
    self.headerStyle = headerStyle
    self.style = style
    self.selectedStyle = selectedStyle
  }

  /// Rows of data visible in an area of this height (one row goes to the header).
  public static func bodyHeight(for area: Rect) -> Int { max(0, area.height - 1) }

  /// Each cell of `area` is written once: the header, the rows in view, and blank below them.
  public func render(into buffer: inout Buffer, area: Rect) {
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
    let shown = min(height, max(0, rowCount - top))
    for line in 0..<shown {
      let index = top + line
      let rowStyle = index == state.selected ? selectedStyle : style
      let y = area.y + 1 + line
      buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: .blank(rowStyle))
      for (value, cell) in zip(row(index), cells) {
        buffer.put(cell.x, y, TextWrap.truncate(value, width: cell.width - 1), style: rowStyle)
      }
    }
    buffer.fill(
      Rect(x: area.x, y: area.y + 1 + shown, width: area.width, height: height - shown), with: .blank(style))
  }
}

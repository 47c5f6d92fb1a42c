/// Selection and scroll position of a list or table, owned by the app.
public struct ListState: Hashable, Sendable {
  /// The selected row, or nil when the list is empty.
  public private(set) var selected: Int?
  /// The first visible row.
  public private(set) var offset: Int = 0
  /// The number of rows; set it whenever the items change.
  public private(set) var count: Int
  /// Rows shown at once, used for paging and keeping the selection visible.
  public var viewportHeight: Int

  public init(count: Int = 0, selected: Int? = nil, viewportHeight: Int = 10) {
    self.count = max(0, count)
    self.viewportHeight = max(1, viewportHeight)
    self.selected = count > 0 ? min(max(selected ?? 0, 0), count - 1) : nil
    scrollToSelection()
  }

  /// Updates the row count, keeping the selection in range.
  public mutating func setCount(_ newCount: Int) {
    count = max(0, newCount)
    selected = count > 0 ? min(selected ?? 0, count - 1) : nil
    scrollToSelection()
  }

  /// Selects `row`, clamped to the list.
  public mutating func select(_ row: Int) {
    guard count > 0 else { return }
    selected = min(max(row, 0), count - 1)
    scrollToSelection()
  }

  /// Moves the selection by `delta` rows.
  public mutating func move(by delta: Int) {
    select((selected ?? 0) + delta)
  }

  /// Handles Up/Down/PgUp/PgDn/Home/End (and `k`/`j`); returns false for other keys.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .up, .character("k"): move(by: -1)
    case .down, .character("j"): move(by: 1)
    case .pageUp: move(by: -max(1, viewportHeight - 1))
    case .pageDown: move(by: max(1, viewportHeight - 1))
    case .home: select(0)
    case .end: select(count - 1)
    default: return false
    }
    return true
  }

  /// The first row to draw in a view `height` rows tall, keeping the selection visible.
  public func visibleOffset(height: Int) -> Int {
    guard let selected, height > 0 else { return 0 }
    var top = min(offset, max(0, count - height))
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    return max(0, top)
  }

  private mutating func scrollToSelection() {
    offset = visibleOffset(height: viewportHeight)
  }
}

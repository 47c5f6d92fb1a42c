/// What the picker returned.
public enum PickerOutcome: Hashable, Sendable {
  case ignored, handled, cancelled
  /// An existing option, by its index in `options`.
  case picked(Int)
  /// A new value typed by the person (only when `allowsNew`).
  case created(String)
}

/// Choosing one of several options, optionally filtered by typing and optionally accepting a new
/// value. Owned by the app; draw it with `ChoicePicker`.
public struct ChoicePickerState: Hashable, Sendable {
  public var options: [String] { didSet { refresh() } }
  public private(set) var filter = TextFieldState()
  public private(set) var list: ListState
  /// Typing filters the options (otherwise `j`/`k` move).
  public var filterable: Bool
  /// The filter text may be picked as a new value.
  public var allowsNew: Bool { didSet { refresh() } }

  public init(
    options: [String], selected: Int? = nil, filterable: Bool = true, allowsNew: Bool = false
  ) {
    self.options = options
    self.filterable = filterable
    self.allowsNew = allowsNew
    self.list = ListState(count: options.count, selected: selected)
    refresh()
    if let selected, let row = matches.firstIndex(of: selected) { list.select(row) }
  }

  /// Indices into `options` that match the filter, in order; worked out when the options or the
  /// filter change, not each time the picker is drawn.
  public private(set) var matches: [Int] = []

  /// The new value offered as the last row, if any: the filter text when it names no option.
  public private(set) var newValue: String?

  /// Rows shown: matching options, then the new value if offered.
  public var rows: [String] {
    matches.map { options[$0] } + (newValue.map { ["+ Add “\($0)”"] } ?? [])
  }

  public mutating func handle(_ key: Key) -> PickerOutcome {
    switch key {
    case .escape: return .cancelled
    case .enter:
      guard let row = list.selected else { return .handled }
      let found = matches
      if row < found.count { return .picked(found[row]) }
      return newValue.map { .created($0) } ?? .handled
    case .up, .down, .pageUp, .pageDown, .home, .end:
      _ = list.handle(key)
    case .character, .paste, .backspace, .delete, .left, .right:
      if filterable {
        let current = list.selected.flatMap { $0 < matches.count ? matches[$0] : nil }
        guard filter.handle(key) else { return .ignored }
        refresh()
        if let current, let row = matches.firstIndex(of: current) { list.select(row) }
      } else if !list.handle(key) {
        return .ignored
      }
    default: return .ignored
    }
    return .handled
  }

  private mutating func refresh() {
    matches = TextSearch.filter(options, query: filter.text)
    let text = filter.text.trimmingSpaces()
    newValue =
      !allowsNew || text.isEmpty || options.contains { $0.lowercased() == text.lowercased() } ? nil : text
    list.setCount(rows.count)
    if list.selected == nil, !rows.isEmpty { list.select(0) }
  }
}

extension String {
  func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// Draws a choice picker as a box: title, filter line (when filterable) and the options.
public struct ChoicePicker: Widget {
  public var title: String
  public var state: ChoicePickerState

  public init(title: String, state: ChoicePickerState) {
    self.title = title
    self.state = state
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let inner = buffer.box(area, title: title)
    guard inner.height > 0 else { return }
    var listArea = inner
    if state.filterable {
      let parts = inner.split(.vertical, [.fixed(1), .fill(1)])
      buffer.put(parts[0].x, parts[0].y, "/ ", style: Style().dimmed())
      let field = Rect(x: parts[0].x + 2, y: parts[0].y, width: parts[0].width - 2, height: 1)
      TextField(state: state.filter, placeholder: "type to filter").render(
        into: &buffer, area: field)
      listArea = parts[1]
    }
    ListView(items: state.rows, state: state.list).render(into: &buffer, area: listArea)
  }
}

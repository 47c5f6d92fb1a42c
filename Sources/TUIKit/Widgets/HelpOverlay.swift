/// The state of the help overlay: a filter typed by the person and a scroll position.
public struct HelpState: Hashable, Sendable {
  public private(set) var filter = TextFieldState()
  public private(set) var scroll = 0

  public init() {}

  /// Typing filters, arrows and page keys scroll; returns false for Esc/Enter (close it) and
  /// other keys the overlay does not use.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .up: scroll = max(0, scroll - 1)
    case .down: scroll += 1
    case .pageUp: scroll = max(0, scroll - 10)
    case .pageDown: scroll += 10
    case .escape, .enter: return false
    default:
      guard filter.handle(key) else { return false }
      scroll = 0
    }
    return true
  }
}

/// A centred box listing bindings (key, description, grouped), filtered by the typed text.
public struct HelpOverlay: Widget {
  public var entries: [(group: String, keys: String, description: String)]
  public var state: HelpState
  public var title: String

  public init(
    entries: [(group: String, keys: String, description: String)], state: HelpState,
    title: String = "Help — type to filter, Esc to close"
  ) {
    self.entries = entries
    self.state = state
    self.title = title
  }

  /// Help for every binding in `table` that is enabled in `state`.
  public init<AppState, Action>(
    _ table: BindingTable<AppState, Action>, appState: AppState, state: HelpState
  ) {
    let enabled = table.bindings.filter { $0.isEnabled(appState) }
    self.init(
      entries: enabled.map { ($0.group, $0.keyLabel, $0.description) }, state: state)
  }

  /// The lines shown (group headings and entries) after filtering.
  public var lines: [(text: String, isHeading: Bool)] {
    let query = state.filter.text
    let shown = entries.filter {
      TextSearch.matches($0.description, query) || TextSearch.matches($0.keys, query)
        || TextSearch.matches($0.group, query)
    }
    let keyWidth = shown.map { DisplayWidth.of($0.keys) }.max() ?? 0
    var result: [(String, Bool)] = []
    var group: String?
    for entry in shown {
      if entry.group != group, !entry.group.isEmpty { result.append((entry.group, true)) }
      group = entry.group
      let pad = String(repeating: " ", count: keyWidth - DisplayWidth.of(entry.keys))
      result.append(("  " + entry.keys + pad + "  " + entry.description, false))
    }
    return result
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let box = area.centred(Size(width: min(area.width, 72), height: area.height - 2))
    let inner = buffer.box(box, title: title)
    guard inner.height >= 2 else { return }
    buffer.put(inner.x, inner.y, "/ ", style: Style().dimmed())
    TextField(state: state.filter, placeholder: "filter").render(
      into: &buffer, area: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1))
    let all = lines
    let height = inner.height - 1
    let top = min(state.scroll, max(0, all.count - height))
    for (row, line) in all.dropFirst(top).prefix(height).enumerated() {
      buffer.put(
        inner.x, inner.y + 1 + row, line.text,
        style: line.isHeading ? Style().bolded() : .plain, maxWidth: inner.width)
    }
    if all.isEmpty { buffer.put(inner.x, inner.y + 1, "No keys match.", style: Style().dimmed()) }
  }
}

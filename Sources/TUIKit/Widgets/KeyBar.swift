/// The bottom line listing keys and what they do, e.g. `q Back  ? Help  g Good`; items that do
/// not fit are left off whole.
public struct KeyBar: Widget {
  public var items: [(key: String, label: String)]
  public var keyStyle: Style
  public var style: Style

  public init(
    items: [(key: String, label: String)], keyStyle: Style = Style().bolded(),
    style: Style = .plain
  ) {
    self.items = items
    self.keyStyle = keyStyle
    self.style = style
  }

  /// A key bar showing the bindings of `table` that are enabled in `state`.
  public init<State, Action>(_ table: BindingTable<State, Action>, state: State) {
    self.init(items: table.keyBarBindings(in: state).map { ($0.keyLabel, $0.description) })
  }

  /// The bar as plain text for a given width.
  public func text(width: Int) -> String {
    var buffer = Buffer(size: Size(width: width, height: 1))
    render(into: &buffer, area: buffer.area)
    return buffer.line(0)
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.height > 0 else { return }
    let line = area.row(0)
    buffer.fill(line, with: .blank(style))
    var x = line.x
    for (index, item) in items.enumerated() {
      let gap = index == 0 ? 0 : 2
      let width = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
      guard x + gap + width <= line.maxX else { break }
      x = buffer.put(x + gap, line.y, item.key, style: keyStyle)
      x = buffer.put(x, line.y, " " + item.label, style: style)
    }
  }
}

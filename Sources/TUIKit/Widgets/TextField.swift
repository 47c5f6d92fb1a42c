/// Draws a single-line text field, scrolled so the cursor is visible; when focused it places the
/// buffer's cursor.
public struct TextField: Widget {
  public var state: TextFieldState
  public var focused: Bool
  public var style: Style
  /// Shown dimmed when the field is empty.
  public var placeholder: String

  public init(
    state: TextFieldState, focused: Bool = true, style: Style = Style().underlined(),
    placeholder: String = ""
  ) {
    self.state = state
    self.focused = focused
    self.style = style
    self.placeholder = placeholder
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.width > 0, area.height > 0 else { return }
    let line = area.row(0)
    buffer.fill(line, with: .blank(style))
    if state.isEmpty, !placeholder.isEmpty {
      buffer.put(line.x, line.y, placeholder, style: style.dimmed(), maxWidth: line.width)
    }
    let characters = Array(state.text)
    let start = state.visibleStart(width: line.width)
    let visible = String(characters[start...])
    buffer.put(line.x, line.y, visible, style: style, maxWidth: line.width)
    if focused {
      let column = DisplayWidth.of(String(characters[start..<state.cursor]))
      buffer.cursor = Position(x: line.x + min(column, line.width - 1), y: line.y)
    }
  }
}

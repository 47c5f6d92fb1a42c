/// Draws a word-wrapped text editor scrolled so the cursor is visible; when focused it places the
/// buffer's cursor. Wraps at `state.viewport.width` (clipped to the area).
public struct TextEditor: Widget {
  public var state: TextEditorState
  public var focused: Bool
  public var style: Style

  public init(state: TextEditorState, focused: Bool = true, style: Style = .plain) {
    self.state = state
    self.focused = focused
    self.style = style
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(style))
    guard area.width > 0, area.height > 0 else { return }
    let lines = state.lines
    let characters = Array(state.text)
    let (cursorLine, cursorColumn) = state.cursorLocation
    let top = min(max(state.scrollTop, cursorLine - area.height + 1), cursorLine)
    for row in 0..<area.height where top + row < lines.count {
      let line = lines[top + row]
      let text = String(characters[line.start..<line.end])
      buffer.put(area.x, area.y + row, text, style: style, maxWidth: area.width)
    }
    if focused {
      buffer.cursor = Position(
        x: area.x + min(cursorColumn, area.width - 1), y: area.y + cursorLine - top)
    }
  }
}

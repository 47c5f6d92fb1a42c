import TUIKit

/// Draws whatever floats over the screen, inside the screen's area.
enum OverlayView {
  static func draw(_ overlay: Overlay, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    switch overlay {
    case .help(let help):
      let tables = [AppUpdate.bindings(for: state.screen), GlobalBindings.table]
      let entries = tables.flatMap { table in
        table.bindings.filter { $0.isEnabled(state) }.map { ($0.group, $0.keyLabel, $0.description) }
      }
      HelpOverlay(
        entries: entries, state: help,
        title: "Help: \(state.screen.name) — type to filter, Esc to close"
      ).render(into: &buffer, area: area)
    case .palette(let palette):
      let box = area.centred(Size(width: 64, height: min(area.height, 16)))
      ChoicePicker(title: "Commands — type to filter, Enter runs", state: palette.picker).render(
        into: &buffer, area: box)
    case .picker(let picker): drawPicker(picker, into: &buffer, area: area)
    case .form(let form): FormView.draw(form, into: &buffer, area: area)
    case .editor(let editor): drawEditor(editor, into: &buffer, area: area)
    case .dialog(let dialog, _): dialog.render(into: &buffer, area: area)
    case .reader(let reader): drawReader(reader, into: &buffer, area: area)
    case .search: break
    }
  }

  private static func drawReader(_ reader: ReaderOverlay, into buffer: inout Buffer, area: Rect) {
    let box = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
    let inner = buffer.box(box, title: reader.title)
    var wrapped: [(String, Style)] = []
    for line in reader.lines {
      let parts = TextWrap.wrap(line.text, width: max(1, inner.width - 1))
      wrapped += (parts.isEmpty ? [""] : parts).map { ($0, line.style) }
    }
    let top = min(reader.scroll, max(0, wrapped.count - inner.height))
    for (row, line) in wrapped.dropFirst(top).prefix(inner.height).enumerated() {
      buffer.put(inner.x + 1, inner.y + row, line.0, style: line.1, maxWidth: inner.width - 1)
    }
  }

  private static func drawPicker(_ picker: PickerOverlay, into buffer: inout Buffer, area: Rect) {
    let hintLines = picker.hint.isEmpty ? 0 : 1
    let height = min(area.height, max(8, picker.state.rows.count + 4 + hintLines))
    let box = area.centred(Size(width: min(area.width, 64), height: height))
    if hintLines == 0 {
      ChoicePicker(title: picker.title, state: picker.state).render(into: &buffer, area: box)
      return
    }
    let parts = box.split(.vertical, [.fill(1), .fixed(1)])
    ChoicePicker(title: picker.title, state: picker.state).render(into: &buffer, area: parts[0])
    buffer.fill(parts[1], with: .blank(Style().reversed()))
    buffer.put(
      parts[1].x + 1, parts[1].y, TextWrap.truncate(picker.hint, width: parts[1].width - 2),
      style: Style().reversed())
  }

  private static func drawEditor(_ editor: EditorOverlay, into buffer: inout Buffer, area: Rect) {
    let box = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
    let inner = buffer.box(box, title: editor.title)
    guard inner.height >= 3 else { return }
    let parts = inner.split(.vertical, [.fixed(1), .fill(1), .fixed(1)])
    buffer.put(
      parts[0].x, parts[0].y, TextWrap.truncate(editor.hint, width: parts[0].width),
      style: Style().dimmed())
    var state = editor.state
    state.setViewport(parts[1].size)
    TextEditor(state: state).render(into: &buffer, area: parts[1])
    let size = "\(editor.state.byteCount / 1000) of 100 KB"
    let footer = (editor.isChanged ? "not saved yet · " : "") + "^S save · Esc close · " + size
    buffer.put(
      parts[2].maxX - DisplayWidth.of(footer), parts[2].y, footer, style: Style().dimmed())
  }
}

/// Draws a form: the intro, then each field with its label and hint.
enum FormView {
  static func draw(_ form: FormState, into buffer: inout Buffer, area: Rect) {
    let introLines = form.intro.isEmpty ? [] : TextWrap.wrap(form.intro, width: min(area.width, 70) - 4)
    let labelWidth = min(20, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
    let hintWidth = min(area.width, 70) - labelWidth - 4
    let longHints = form.fields.contains { DisplayWidth.of($0.hint) > hintWidth } ? 3 : 0
    let height = introLines.count + form.fields.count * 3 + 3 + longHints
    let box = area.centred(Size(width: min(area.width, 70), height: min(area.height, height)))
    let inner = buffer.box(box, title: form.title)
    guard inner.height > 0 else { return }
    var bottom = inner.maxY
    if form.fields.indices.contains(form.focus), DisplayWidth.of(form.fields[form.focus].hint) > hintWidth {
      let lines = TextWrap.wrap(form.fields[form.focus].hint, width: inner.width - 2).prefix(2)
      bottom -= lines.count + 1
      for (row, line) in lines.enumerated() {
        buffer.put(inner.x + 1, bottom + 1 + row, line, style: Style().bolded(), maxWidth: inner.width - 1)
      }
    }
    var y = inner.y
    for line in introLines {
      buffer.put(inner.x + 1, y, line, maxWidth: inner.width - 1)
      y += 1
    }
    if !introLines.isEmpty { y += 1 }
    let fits = max(1, (bottom - y) / 2)
    let first = max(0, form.focus - fits + 1)
    for (index, field) in form.fields.enumerated().dropFirst(first) where y < bottom {
      let focused = index == form.focus
      buffer.put(
        inner.x + 1, y, field.label + ":", style: focused ? Style().bolded() : .plain,
        maxWidth: labelWidth)
      let fieldArea = Rect(
        x: inner.x + 1 + labelWidth, y: y, width: inner.width - labelWidth - 2, height: 1)
      TextField(state: field.value, focused: focused).render(into: &buffer, area: fieldArea)
      if !field.hint.isEmpty, y + 1 < bottom {
        buffer.put(
          fieldArea.x, y + 1, TextWrap.truncate(field.hint, width: fieldArea.width),
          style: Style().dimmed())
      }
      y += 2
    }
  }
}

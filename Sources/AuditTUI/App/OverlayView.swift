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

/// Draws a form: the intro, then each field under its section heading, with its label (wrapped
/// above the field when it is a long question) and a hint line that says what the field wants, or
/// what stops the form being saved. A form asking whether to discard shows its keys at the foot.
enum FormView {
  static let errorStyle = Style(foreground: .red, bold: true)

  static func draw(_ form: FormState, into buffer: inout Buffer, area: Rect) {
    let width = min(area.width, 76)
    let introLines = form.intro.isEmpty ? [] : TextWrap.wrap(form.intro, width: width - 4)
    let labelWidth = min(22, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
    let textWidth = width - 4
    let layouts = form.fields.indices.map { layout(form, $0, labelWidth: labelWidth, width: textWidth) }
    let footer = 2
    let wanted =
      introLines.count + (introLines.isEmpty ? 0 : 1) + layouts.reduce(0) { $0 + $1.rows } + footer + 2
    let box = area.centred(Size(width: width, height: min(area.height, wanted)))
    let inner = buffer.box(box, title: form.title)
    guard inner.height > 0 else { return }
    let bottom = inner.maxY - footer
    let focusIndent =
      layouts.indices.contains(form.focus) && !layouts[form.focus].labelLines.isEmpty ? 2 : labelWidth
    drawFooter(form, into: &buffer, inner: inner, bottom: bottom, fieldWidth: inner.width - focusIndent - 2)
    var y = inner.y
    for line in introLines where y < bottom {
      buffer.put(inner.x + 1, y, line, maxWidth: inner.width - 1)
      y += 1
    }
    if !introLines.isEmpty { y += 1 }
    var first = form.focus
    var used = layouts.indices.contains(first) ? layouts[first].rows : 0
    while first > 0, used + layouts[first - 1].rows <= bottom - y {
      first -= 1
      used += layouts[first].rows
    }
    for index in form.fields.indices.dropFirst(first) where y < bottom {
      y = drawField(
        form, index, layouts[index], labelWidth: labelWidth, into: &buffer, inner: inner, y: y,
        bottom: bottom)
    }
  }

  /// How a field is laid out: its section heading, its label lines, then the value and hint rows.
  struct Layout {
    var heading: String?
    var labelLines: [String]
    var rows: Int { (heading == nil ? 0 : 1) + labelLines.count + 2 }
  }

  static func layout(_ form: FormState, _ index: Int, labelWidth: Int, width: Int) -> Layout {
    let field = form.fields[index]
    let previous = index > 0 ? form.fields[index - 1].section : nil
    let heading = field.section.flatMap { $0 == previous ? nil : $0 }
    let long = DisplayWidth.of(field.label) + 1 > labelWidth
    return Layout(heading: heading, labelLines: long ? TextWrap.wrap(field.label, width: width - 1) : [])
  }

  private static func drawField(
    _ form: FormState, _ index: Int, _ layout: Layout, labelWidth: Int, into buffer: inout Buffer,
    inner: Rect, y start: Int, bottom: Int
  ) -> Int {
    let field = form.fields[index]
    let focused = index == form.focus
    var y = start
    if let heading = layout.heading {
      buffer.put(inner.x + 1, y, heading, style: Style().bolded().underlined(), maxWidth: inner.width - 1)
      y += 1
    }
    for line in layout.labelLines where y < bottom {
      buffer.put(inner.x + 1, y, line, style: focused ? Style().bolded() : .plain, maxWidth: inner.width - 1)
      y += 1
    }
    guard y < bottom else { return y }
    let indent = layout.labelLines.isEmpty ? labelWidth : 2
    if layout.labelLines.isEmpty {
      buffer.put(
        inner.x + 1, y, field.label + ":", style: focused ? Style().bolded() : .plain, maxWidth: labelWidth)
    }
    let fieldArea = Rect(x: inner.x + 1 + indent, y: y, width: inner.width - indent - 2, height: 1)
    TextField(state: field.value, focused: focused).render(into: &buffer, area: fieldArea)
    if y + 1 < bottom {
      let (text, style) = hintLine(form, index)
      buffer.put(
        fieldArea.x, y + 1, TextWrap.truncate(text, width: fieldArea.width), style: style)
    }
    return y + 2
  }

  /// The line under a field: the problem stopping the save, or what the field wants and whether
  /// it is required (not said on a form where everything is optional, such as a return).
  static func hintLine(_ form: FormState, _ index: Int) -> (String, Style) {
    if let problem = form.problem, problem.field == index { return (problem.text, errorStyle) }
    let field = form.fields[index]
    let need = field.isOptional ? "optional" : "required"
    if field.hint.isEmpty { return (need, Style().dimmed()) }
    let allOptional = form.fields.allSatisfy(\.isOptional)
    return (allOptional ? field.hint : "\(field.hint) (\(need))", Style().dimmed())
  }

  /// The foot of the form: the discard question, or the focused field's message in full when the
  /// line under the field cannot hold it.
  private static func drawFooter(
    _ form: FormState, into buffer: inout Buffer, inner: Rect, bottom: Int, fieldWidth: Int
  ) {
    let area = Rect(x: inner.x, y: bottom, width: inner.width, height: inner.maxY - bottom)
    guard area.height > 0 else { return }
    if form.confirmingExit {
      let line = area.row(area.height - 1)
      buffer.fill(line, with: .blank(Style().reversed()))
      buffer.put(
        line.x + 1, line.y, "Not saved. s: save · d: discard it · Esc: keep editing",
        style: Style().reversed().bolded(), maxWidth: line.width - 1)
      return
    }
    guard form.fields.indices.contains(form.focus) else { return }
    let (text, style) = hintLine(form, form.focus)
    guard DisplayWidth.of(text) > fieldWidth else { return }
    let lines = TextWrap.wrap(text, width: max(1, area.width - 2))
    for (row, line) in lines.prefix(area.height).enumerated() {
      buffer.put(
        area.x + 1, area.y + row, line, style: style == errorStyle ? style : Style().bolded(),
        maxWidth: area.width - 1)
    }
  }
}

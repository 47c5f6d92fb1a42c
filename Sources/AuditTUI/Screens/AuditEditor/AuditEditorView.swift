import CFAGDomain
import TUIKit

/// Draws the audit editor: theme list and description (new audits), the details, and the cases.
enum AuditEditorView {
  static func draw(_ editor: AuditEditorState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    if editor.auditID == nil {
      let rows = area.split(.vertical, [.fill(1), .fixed(7)])
      let columns = rows[0].split(.horizontal, [.percentage(50), .fill(1)])
      drawThemes(editor, state, into: &buffer, area: columns[0])
      let theme = editor.themeList.selected.map { state.themes[$0] }
      drawTheme(theme, into: &buffer, area: columns[1])
      drawDetails(editor, state, into: &buffer, area: rows[1])
      return
    }
    guard let id = editor.auditID, let record = state.record(id) else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let rows = area.split(.vertical, [.fixed(7), .fill(1)])
    let columns = rows[0].split(.horizontal, [.percentage(55), .fill(1)])
    drawDetails(editor, state, into: &buffer, area: columns[0])
    drawTheme(record.audit.theme, into: &buffer, area: columns[1], brief: true)
    drawCases(editor, record, into: &buffer, area: rows[1])
  }

  static func paneStyle(_ focused: Bool) -> Style { focused ? Style().bolded() : Style().dimmed() }

  private static func drawThemes(
    _ editor: AuditEditorState, _ state: AppState, into buffer: inout Buffer, area: Rect
  ) {
    let focused = editor.pane == .themes
    let inner = buffer.box(area, title: "1. Theme", style: paneStyle(focused))
    let items = state.themes.enumerated().map { index, theme in
      (editor.draft.themeIndex == index ? "✓ " : "  ") + theme.title
    }
    if items.isEmpty {
      buffer.putWrapped(
        "No themes found: add theme files (.yaml) to the themes folder ($CFAG_THEMES) and start again.",
        in: inner, style: Style().dimmed())
    }
    ListView(
      items: items, state: editor.themeList,
      selectedStyle: focused ? Style().reversed() : Style().bolded()
    ).render(into: &buffer, area: inner)
  }

  /// A theme's description and domains (with question counts).
  static func drawTheme(_ theme: Theme?, into buffer: inout Buffer, area: Rect, brief: Bool = false) {
    let inner = buffer.box(area, title: brief ? "Theme" : "About the theme")
    guard let theme else { return }
    var lines: [(String, Style)] = [(theme.title, Style().bolded())]
    if !brief {
      lines += TextWrap.wrap(theme.description, width: inner.width - 1).map { ($0, .plain) }
      lines.append(("", .plain))
      lines.append(("Domains the panel grades:", Style().bolded()))
    }
    for domain in theme.domains {
      lines.append(("• \(domain.title) (\(domain.questions.count) questions)", .plain))
    }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      buffer.put(inner.x, inner.y + row, TextWrap.truncate(line.0, width: inner.width), style: line.1)
    }
  }

  private static func drawDetails(
    _ editor: AuditEditorState, _ state: AppState, into buffer: inout Buffer, area: Rect
  ) {
    let focused = editor.pane == .details
    let title = editor.auditID == nil ? "2. Meeting details" : "Details"
    let inner = buffer.box(area, title: title, style: paneStyle(focused))
    let audit = editor.auditID.flatMap { state.record($0)?.audit }
    let top = editor.fields.visibleOffset(height: inner.height)
    for (row, field) in editor.fieldRows.enumerated().dropFirst(top).prefix(inner.height) {
      let y = inner.y + row - top
      let selected = row == editor.fields.selected
      let style = selected && focused ? Style().reversed() : .plain
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: .blank(style))
      if field == .create {
        buffer.put(inner.x + 1, y, "▶ Create the audit (^S)", style: style.bolded())
        continue
      }
      let value = fieldValue(field, editor, audit, state)
      buffer.put(inner.x + 1, y, field.label + ":", style: style.bolded())
      buffer.put(
        inner.x + 17, y, TextWrap.truncate(value.isEmpty ? "—" : value, width: inner.width - 18),
        style: value.isEmpty ? style.dimmed() : style)
    }
  }

  private static func fieldValue(
    _ field: AuditField, _ editor: AuditEditorState, _ audit: Audit?, _ state: AppState
  ) -> String {
    let agencies = audit?.panelAgencies ?? editor.draft.agencies
    switch field {
    case .theme: return audit?.theme.title ?? ""
    case .meetingDate: return audit?.meetingDate.iso ?? editor.draft.meetingDate
    case .chair: return audit?.chair ?? editor.draft.chair
    case .panel:
      let names = agencies.map { id in state.directory.agencies.first { $0.id == id }?.shortName ?? id }
      return names.joined(separator: ", ")
    case .title:
      if let audit { return audit.title }
      return editor.draft.title.isEmpty ? "" : editor.draft.title
    case .create: return ""
    }
  }

  private static func drawCases(
    _ editor: AuditEditorState, _ record: AuditRecord, into buffer: inout Buffer, area: Rect
  ) {
    let focused = editor.pane == .cases
    let cases = record.includedCases
    let graded = record.distribution.progress
    let inner = buffer.box(area, title: "Cases (\(graded))", style: paneStyle(focused))
    guard !cases.isEmpty else {
      buffer.putWrapped(
        "No cases yet. Press s to draw them at random (1 imports the candidates), or a to add one by its "
          + "reference.",
        in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height),
        style: Style().bolded())
      return
    }
    let labels = record.caseLabels
    let top = editor.cases.visibleOffset(height: inner.height)
    for (row, auditCase) in cases.enumerated().dropFirst(top).prefix(inner.height) {
      let y = inner.y + row - top
      let selected = row == editor.cases.selected
      let base = selected && focused ? Style().reversed() : .plain
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: .blank(base))
      let assessment = record.assessment(for: auditCase.reference)
      let gradeStyle = selected && focused ? base.bolded() : GradeLook.style(assessment?.overall)
      var runs: [(String, Style)] = [
        ((selected ? "› " : "  ") + (labels[auditCase.reference] ?? "").padding(8), base),
        (auditCase.reference.value.padding(16), base.bolded()),
        (GradeLook.label(assessment?.overall).padding(22), gradeStyle),
      ]
      if let assessment {
        let count = assessment.findings.count
        runs.append((count == 0 ? "" : "\(count) finding\(count == 1 ? "" : "s")  ", base))
        if assessment.escalated { runs.append(("ESCALATED", base.bolded())) }
      }
      buffer.putRuns(inner.x, y, runs, maxX: inner.maxX)
    }
  }
}

extension String {
  /// The text padded with spaces (or cut) to `width` columns.
  func padding(_ width: Int) -> String {
    let cut = TextWrap.truncate(self, width: width - 1)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }
}

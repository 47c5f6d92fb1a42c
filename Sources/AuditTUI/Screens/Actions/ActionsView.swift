import CFAGDomain
import CFAGStore
import TUIKit

/// Draws the tracker: the filtered actions, the selected one below; or an import's changes.
enum ActionsView {
  static func draw(_ screen: ActionsState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let actions = screen.actions else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    if let preview = screen.preview {
      drawPreview(preview, into: &buffer, area: area)
      return
    }
    let parts = area.split(.vertical, [.fill(1), .fixed(6)])
    let visible = screen.visible
    let inner = buffer.box(
      parts[0],
      title:
        "Action tracker: \(screen.filter.label.lowercased()) (\(visible.count) of \(actions.count)) · by \(screen.sort.label)"
    )
    guard !visible.isEmpty else {
      let text =
        actions.isEmpty
        ? "No actions yet: raise them from recommendations (f, then A), or by escalating a case."
        : "No action is \(screen.filter.label.lowercased()): f shows others."
      buffer.put(inner.x + 1, inner.y, text, style: Style().dimmed(), maxWidth: inner.width - 1)
      return
    }
    let wide = inner.width >= 100
    var columns = [
      TableColumn("ID", width: .fixed(13)), TableColumn("RAG", width: .fixed(7)),
      TableColumn("Status", width: .fixed(12)), TableColumn("Owner", width: .fixed(11)),
      TableColumn("Due", width: .fixed(11)), TableColumn("Action", width: .fill(1)),
    ]
    if wide { columns.insert(TableColumn("Lead", width: .fixed(16)), at: 4) }
    let names = Dictionary(
      state.directory.agencies.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a })
    TableView(columns: columns, rowCount: visible.count, state: screen.list) { index in
      let action = visible[index]
      var row = [
        (action.urgent && action.isOpen ? "!" : "") + action.id.rawValue,
        action.rag(today: state.today).label,
        action.status.label, names[action.owner] ?? action.owner, action.due.iso, action.text,
      ]
      if wide { row.insert(action.lead, at: 4) }
      return row
    }.render(into: &buffer, area: inner)
    if let selected = ActionsUpdate.selected(screen, state) {
      drawSelected(selected, names, state.today, into: &buffer, area: parts[1])
    }
  }

  private static func drawSelected(
    _ action: TrackerAction, _ names: [String: String], _ today: Day, into buffer: inout Buffer, area: Rect
  ) {
    let rag = action.rag(today: today)
    let inner = buffer.box(
      area, title: "\(action.id) · \(rag.label) · \(action.status.label)", style: GradeLook.style(rag))
    let width = max(1, inner.width - 1)
    var lines = TextWrap.wrap(action.text, width: width).map { ($0, Style.plain) }
    lines.append(
      (
        "Owner \(names[action.owner] ?? action.owner), lead \(action.lead), due \(action.due.iso) · from \(action.source.label)",
        Style().dimmed()
      ))
    if let note = action.latestProgress {
      lines.append(("Latest: \(note.on.iso) \(note.author): \(note.text)", .plain))
    } else {
      lines.append(("No progress note yet: n adds one.", Style().dimmed()))
    }
    for (row, line) in lines.suffix(inner.height).enumerated() {
      buffer.put(inner.x + 1, inner.y + row, TextWrap.truncate(line.0, width: width), style: line.1)
    }
  }

  private static func drawPreview(_ preview: ImportPreview, into buffer: inout Buffer, area: Rect) {
    let name = preview.path.split(separator: "/").last.map(String.init) ?? preview.path
    let inner = buffer.box(area, title: "Import \(name) — y applies, Esc discards", style: Style().bolded())
    let lines =
      [
        "\(preview.changes) change(s) to \(preview.actions) action(s); \(preview.unchanged) row(s) unchanged:",
        "",
      ]
      + preview.lines + ["", "Nothing is applied until you press y."]
    for (row, line) in lines.prefix(inner.height).enumerated() {
      buffer.put(
        inner.x + 1, inner.y + row, TextWrap.truncate(line, width: inner.width - 1),
        style: line.hasPrefix(" ") || line.isEmpty ? .plain : Style().bolded())
    }
  }

  /// An action's trail back to its audit, recommendation, findings and cases, for the reader.
  static func trailLines(_ trail: ActionTrail) -> [(text: String, style: Style)] {
    var lines: [(text: String, style: Style)] = [
      (trail.action.text, Style().bolded()),
      ("Owner: \(trail.ownerName), lead \(trail.action.lead), due \(trail.action.due.iso)", .plain),
      ("", .plain),
    ]
    if let audit = trail.audit {
      lines.append(("Audit: \(audit.id) — \(audit.title) (\(audit.themeTitle))", .plain))
    } else {
      lines.append(("Raised from: \(trail.action.source.label)", .plain))
    }
    if let recommendation = trail.recommendation {
      lines.append(("Recommendation \(recommendation.id): \(recommendation.text)", .plain))
    }
    if !trail.findings.isEmpty {
      lines.append(("Findings: " + trail.findings.map(\.words).joined(separator: ", "), .plain))
    }
    if !trail.cases.isEmpty {
      lines.append(("", .plain))
      lines.append(("Cases", Style().bolded()))
      for trailCase in trail.cases {
        lines.append(
          (
            "  \(trailCase.label)  \(trailCase.reference.value)  \(GradeLook.label(trailCase.grade))"
              + (trailCase.escalated ? "  escalated" : "")
              + (trailCase.findings.isEmpty
                ? "" : "  · " + trailCase.findings.map(\.words).joined(separator: ", ")),
            GradeLook.style(trailCase.grade)
          ))
      }
    }
    if !trail.action.progress.isEmpty {
      lines.append(("", .plain))
      lines.append(("Progress", Style().bolded()))
      for note in trail.action.progress {
        lines.append(("  \(note.on.iso) \(note.author): \(note.text)", .plain))
      }
    }
    return lines
  }
}

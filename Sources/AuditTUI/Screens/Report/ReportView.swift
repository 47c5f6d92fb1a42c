import CFAGDomain
import CFAGReports
import TUIKit

/// Draws the report screen: the narrative sections with the selected one and its sources, or the
/// whole report as it will read.
enum ReportView {
  static func draw(_ screen: ReportState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let data = state.audit, data.record.audit.id == screen.auditID, let loaded = screen.data else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let report = build(data, loaded, state)
    if screen.pane == .preview {
      drawPreview(screen, report, into: &buffer, area: area)
      return
    }
    let rows = area.split(.vertical, [.fixed(3), .fill(1)])
    drawStatus(data.record, into: &buffer, area: rows[0])
    let columns = rows[1].split(.horizontal, [.percentage(36), .fill(1)])
    drawSections(screen, data.record, loaded, into: &buffer, area: columns[0])
    drawSection(screen, data.record, loaded, into: &buffer, area: columns[1])
  }

  static func build(_ data: AuditData, _ loaded: ReportData, _ state: AppState) -> OverviewReport {
    OverviewReport.build(
      ReportInput(
        record: data.record,
        agencyNames: Dictionary(
          state.directory.agencies.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a }),
        actions: data.actions.sorted(by: TrackerAction.listOrder), sections: loaded.sections,
        amendments: loaded.amendments, options: ReportOptions(), today: state.today))
  }

  private static func drawStatus(_ record: AuditRecord, into buffer: inout Buffer, area: Rect) {
    let inner = buffer.box(area, title: "Report: \(record.audit.title)")
    let audit = record.audit
    let status: (String, Style) =
      if let signOff = audit.signOff {
        audit.openAmendment == nil
          ? (
            "Signed off by \(signOff.by) on \(signOff.on.iso). A opens an amendment.",
            GradeLook.style(RAG.green)
          )
          : ("Amendment open: \(audit.openAmendment!.reason). S signs off again.", GradeLook.style(RAG.amber))
      } else {
        ("Draft · \(record.distribution.progress) · S signs off once every case is graded", .plain)
      }
    buffer.put(inner.x + 1, inner.y, TextWrap.truncate(status.0, width: inner.width - 1), style: status.1)
  }

  private static func drawSections(
    _ screen: ReportState, _ record: AuditRecord, _ loaded: ReportData, into buffer: inout Buffer, area: Rect
  ) {
    let inner = buffer.box(area, title: "Narrative sections")
    let items = ReportUpdate.sections(record).map { section in
      (loaded.sections[section.key] == nil ? "○ " : "● ") + ReportUpdate.title(section)
    }
    ListView(items: items, state: screen.sections).render(into: &buffer, area: inner)
  }

  private static func drawSection(
    _ screen: ReportState, _ record: AuditRecord, _ loaded: ReportData, into buffer: inout Buffer, area: Rect
  ) {
    guard let section = ReportUpdate.selected(screen, record) else { return }
    let inner = buffer.box(area, title: ReportUpdate.title(section))
    let width = max(1, inner.width - 1)
    var lines: [(String, Style)] = []
    if let text = loaded.sections[section.key] {
      lines += text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
        TextWrap.wrap(String($0), width: width).map { ($0, Style.plain) }
      }
    } else {
      lines.append(("Not written yet: Enter writes it.", Style().dimmed()))
    }
    let sources = ReportUpdate.sources(section, record)
    if !sources.isEmpty {
      lines.append(("", .plain))
      lines.append(("Sources — the panel's rationales:", Style().bolded()))
      for note in sources {
        lines += TextWrap.wrap("\(note.label): \(note.text)", width: width).map { ($0, Style().dimmed()) }
      }
    }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      buffer.put(inner.x + 1, inner.y + row, line.0, style: line.1, maxWidth: width)
    }
  }

  private static func drawPreview(
    _ screen: ReportState, _ report: OverviewReport, into buffer: inout Buffer, area: Rect
  ) {
    let inner = buffer.box(
      area, title: "The report as it will read (\(report.isDraft ? "draft" : "final")) — Tab: sections")
    let width = max(1, inner.width - 1)
    let lines = MarkdownRenderer.render(report.document).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .flatMap { line -> [(String, Style)] in
      let text = String(line)
      let style: Style = text.hasPrefix("#") ? Style().bolded() : .plain
      let wrapped = TextWrap.wrap(text, width: width)
      return (wrapped.isEmpty ? [""] : wrapped).map { ($0, style) }
    }
    let top = min(screen.scroll, max(0, lines.count - inner.height))
    for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
      buffer.put(inner.x + 1, inner.y + row, line.0, style: line.1, maxWidth: width)
    }
  }
}

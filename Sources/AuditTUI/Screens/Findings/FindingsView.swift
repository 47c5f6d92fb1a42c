import CFAGDomain
import TUIKit

/// Draws the finding tags with their cases beside the recommendations with their actions.
enum FindingsView {
  static func draw(_ screen: FindingsState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let data = state.audit, data.record.audit.id == screen.auditID else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let columns = area.split(.horizontal, [.percentage(42), .fill(1)])
    drawTags(screen, data.record, into: &buffer, area: columns[0])
    drawRecommendations(screen, data, state.directory, into: &buffer, area: columns[1])
  }

  private static func drawTags(
    _ screen: FindingsState, _ record: AuditRecord, into buffer: inout Buffer, area: Rect
  ) {
    let focused = screen.pane == .tags
    let counts = record.findingCounts
    let inner = buffer.box(
      area, title: "Finding tags (\(counts.count))", style: focused ? Style().bolded() : Style().dimmed())
    guard !counts.isEmpty else {
      for (row, line) in [
        "No findings tagged yet.", "",
        "Tag them while grading: 4 opens the meeting, t tags the case on screen.",
      ].enumerated() where row < inner.height {
        buffer.put(
          inner.x + 1, inner.y + row, line, style: row == 0 ? Style().bolded() : .plain,
          maxWidth: inner.width - 1)
      }
      return
    }
    let listHeight = max(1, min(counts.count, inner.height / 2))
    let parts = inner.split(.vertical, [.fixed(listHeight), .fill(1)])
    ListView(
      items: counts.map { "\($0.cases.count)".padding(4) + $0.tag.words }, state: screen.tags,
      selectedStyle: focused ? Style().reversed() : Style().bolded()
    ).render(into: &buffer, area: parts[0])
    guard let selected = FindingsUpdate.selectedTag(screen, record), parts[1].height > 1 else { return }
    let labels = record.caseLabels
    buffer.put(parts[1].x + 1, parts[1].y + 1, "Its cases:", style: Style().bolded())
    for (row, reference) in selected.cases.enumerated() where row + 2 < parts[1].height {
      let grade = record.assessment(for: reference)?.overall
      let place = "\(labels[reference] ?? "")  \(reference.value)  "
      let room = parts[1].width - 1 - DisplayWidth.of(place)
      buffer.putRuns(
        parts[1].x + 1, parts[1].y + 2 + row,
        [(place, .plain), (GradeLook.label(grade, fitting: room), GradeLook.style(grade))],
        maxX: parts[1].maxX)
    }
  }

  private static func drawRecommendations(
    _ screen: FindingsState, _ data: AuditData, _ directory: AgencyDirectory, into buffer: inout Buffer,
    area: Rect
  ) {
    let focused = screen.pane == .recommendations
    let record = data.record
    let inner = buffer.box(
      area, title: "Recommendations (\(record.recommendations.count))",
      style: focused ? Style().bolded() : Style().dimmed())
    guard !record.recommendations.isEmpty else {
      buffer.put(
        inner.x + 1, inner.y, "None yet: a adds one, linked to findings.", style: Style().bolded(),
        maxWidth: inner.width - 1)
      return
    }
    let listHeight = max(1, min(record.recommendations.count, inner.height / 2))
    let parts = inner.split(.vertical, [.fixed(listHeight), .fill(1)])
    ListView(
      items: record.recommendations.map { "\($0.id)".padding(6) + $0.text }, state: screen.recommendations,
      selectedStyle: focused ? Style().reversed() : Style().bolded()
    ).render(into: &buffer, area: parts[0])
    guard let selected = FindingsUpdate.selectedRecommendation(screen, record) else { return }
    var lines: [(String, Style)] = [("", .plain)]
    lines += TextWrap.wrap(selected.text, width: max(1, parts[1].width - 2)).map { ($0, Style().bolded()) }
    lines.append(
      (
        "Findings: "
          + (selected.findings.isEmpty ? "none" : selected.findings.map(\.words).joined(separator: ", ")),
        .plain
      ))
    let actions = data.actions.filter {
      if case .recommendation(let id, _) = $0.source { id == selected.id } else { false }
    }
    if actions.isEmpty {
      lines.append(("No action raised yet: A raises one.", Style().dimmed()))
    }
    for action in actions {
      let owner = directory.agencies.first { $0.id == action.owner }?.shortName ?? action.owner
      lines.append(
        ("\(action.id)  \(owner), \(action.lead), due \(action.due.iso) · \(action.status.label)", .plain))
    }
    for (row, line) in lines.prefix(parts[1].height).enumerated() {
      buffer.put(
        parts[1].x + 1, parts[1].y + row, TextWrap.truncate(line.0, width: parts[1].width - 1), style: line.1)
    }
  }
}

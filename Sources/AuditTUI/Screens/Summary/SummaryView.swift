import CFAGDomain
import TUIKit

/// Draws the meeting summary: the headline sentence, grades by case, tags by count, escalations.
enum SummaryView {
  static func draw(_ summary: SummaryState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let data = state.audit, data.record.audit.id == summary.auditID else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let lines = self.lines(data, state.directory, width: area.width - 4)
    let inner = buffer.box(area, title: "Meeting summary: \(data.record.audit.title)")
    let top = min(summary.scroll, max(0, lines.count - inner.height))
    for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
      buffer.putRuns(inner.x + 1, inner.y + row, line, maxX: inner.maxX)
    }
  }

  static func lines(_ data: AuditData, _ directory: AgencyDirectory, width: Int) -> [[(String, Style)]] {
    let record = data.record
    let d = record.distribution
    var lines: [[(String, Style)]] = []
    for line in TextWrap.wrap(d.headline(subject: record.audit.theme.reportSubject), width: width) {
      lines.append([(line, .plain)])
    }
    lines.append([])
    lines += GradeLook.tally(d, width: width)
    let labels = record.caseLabels
    for auditCase in record.includedCases {
      let assessment = record.assessment(for: auditCase.reference)
      lines.append([
        (
          "  " + (labels[auditCase.reference] ?? "").padding(8) + auditCase.reference.value.padding(14),
          .plain
        ),
        (GradeLook.label(assessment?.overall).padding(22), GradeLook.style(assessment?.overall)),
        (assessment?.escalated == true ? "escalated" : "", Style().bolded()),
      ])
    }
    lines.append([])
    lines.append([("Finding tags by count", Style().bolded())])
    let findings = record.findingCounts
    if findings.isEmpty { lines.append([("  none tagged yet", Style().dimmed())]) }
    for finding in findings {
      lines.append([("  \(finding.cases.count)".padding(6) + finding.tag.words, .plain)])
    }
    lines.append([])
    let escalations = data.actions.filter {
      if case .escalation = $0.source { true } else { false }
    }
    lines.append([("Escalations made (\(escalations.count))", Style().bolded())])
    if escalations.isEmpty { lines.append([("  none", Style().dimmed())]) }
    for action in escalations {
      let reference: String = if case .escalation(_, let ref) = action.source { ref.value } else { "" }
      let owner = directory.agencies.first { $0.id == action.owner }?.shortName ?? action.owner
      lines.append([("  \(action.id)  \(reference)  due \(action.due.iso)", Style().bolded())])
      lines.append([("    \(owner), lead \(action.lead)", .plain)])
      lines.append([("    " + action.text, Style().dimmed())])
    }
    return lines
  }
}

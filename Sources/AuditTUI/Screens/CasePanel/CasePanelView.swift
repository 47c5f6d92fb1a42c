import CFAGDomain
import TUIKit

/// Draws the case panel: a header line; the agencies' returns (side by side when wide, tabs when
/// narrow); the domains with the panel's and the agencies' grades and answers; and the panel's
/// judgement, in full as far as the screen allows.
enum CasePanelView {
  static func draw(_ panel: CasePanelState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let record = state.record(panel.auditID) else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let directory = state.directory
    let rows = area.split(.vertical, [.fixed(1), .fill(1)])
    drawHeader(panel, record, into: &buffer, area: rows[0])
    let body = rows[1]
    let columns = body.split(
      .horizontal, [.fill(1), .fixed(rightWidth(panel, record, directory, body.width))])
    if panel.pane == .domains {
      CaseDomainsView.drawAnswers(panel, record, directory, into: &buffer, area: columns[0])
    } else {
      drawReturns(panel, record, directory, into: &buffer, area: columns[0])
    }
    let right = columns[1]
    let blocks = CaseJudgementView.blocks(
      record.assessment(for: panel.reference),
      escalations: CaseCommands.escalations(of: panel.reference, state),
      directory, width: right.width - 2)
    let list = CaseDomainsView.height(panel, record, directory, width: right.width - 2) + 2
    let needed = blocks.map(\.count).reduce(0, +) + 2
    let domains = min(
      list, right.height - JudgementField.allCases.count - 2,
      max(min(list, right.height / 2), right.height - needed))
    let parts = right.split(.vertical, [.fixed(max(3, domains)), .fill(1)])
    CaseDomainsView.draw(panel, record, directory, into: &buffer, area: parts[0])
    CaseJudgementView.draw(panel, blocks, into: &buffer, area: parts[1])
  }

  /// The right column's width: enough for the domains' grid when the screen allows, between half
  /// and three fifths of the screen.
  static func rightWidth(
    _ panel: CasePanelState, _ record: AuditRecord, _ directory: AgencyDirectory, _ width: Int
  ) -> Int {
    let grid = CaseDomainsView.Layout.gridWidth(
      CaseDomainsView.labels(record, panel.reference, directory),
      titles: record.audit.theme.domains.map(\.title))
    return min(max(grid + 2, width / 2), width * 3 / 5)
  }

  /// "Case A · MC-1001 · 3 of 6 · Good".
  private static func drawHeader(
    _ panel: CasePanelState, _ record: AuditRecord, into buffer: inout Buffer, area: Rect
  ) {
    let cases = record.includedCases.map(\.reference)
    let position = (cases.firstIndex(of: panel.reference) ?? 0) + 1
    let grade = record.assessment(for: panel.reference)?.overall
    buffer.putRuns(
      area.x + 1, area.y,
      [
        ("\(record.caseLabels[panel.reference] ?? "Case") · ", .plain),
        (panel.reference.value, Style().bolded()),
        (" · \(position) of \(cases.count) · ", .plain),
        (GradeLook.label(grade), GradeLook.style(grade)),
        (record.assessment(for: panel.reference)?.escalated == true ? " · ESCALATED" : "", Style().bolded()),
      ], maxX: area.maxX)
  }

  static func paneBox(
    _ pane: CasePanelPane, _ panel: CasePanelState, into buffer: inout Buffer, area: Rect,
    title: String? = nil
  ) -> Rect {
    let focused = panel.pane == pane
    return buffer.box(
      area, title: (focused ? "▸ " : "") + (title ?? pane.title),
      style: focused ? Style().bolded() : Style().dimmed())
  }

  private static func drawReturns(
    _ panel: CasePanelState, _ record: AuditRecord, _ directory: AgencyDirectory,
    into buffer: inout Buffer, area: Rect
  ) {
    let returns = record.returns(for: panel.reference)
    let inner = paneBox(
      .returns, panel, into: &buffer, area: area, title: "Agency returns (\(returns.count))")
    guard !returns.isEmpty else {
      let text =
        "No agency returns are recorded for this case. The panel can still grade it; "
        + "o shows the theme's questions and guidance."
      for (row, line) in TextWrap.wrap(text, width: inner.width - 1).enumerated() where row < inner.height {
        buffer.put(inner.x + 1, inner.y + row, line, style: Style().dimmed())
      }
      return
    }
    let columnWidth = 22
    let sideBySide = inner.width / columnWidth
    if sideBySide >= 2 {
      let shown = Array(returns.prefix(sideBySide))
      let parts = inner.split(.horizontal, shown.map { _ in .fill(1) })
      for (agencyReturn, part) in zip(shown, parts) {
        let name = agencyName(agencyReturn.agency, directory)
        buffer.put(
          part.x + 1, part.y, TextWrap.truncate(name, width: part.width - 2),
          style: Style().bolded().underlined())
        let body = Rect(x: part.x + 1, y: part.y + 1, width: part.width - 2, height: part.height - 1)
        drawReturn(agencyReturn, scroll: panel.returnScroll, into: &buffer, area: body)
      }
      if returns.count > shown.count {
        buffer.put(
          inner.x + 1, inner.maxY - 1, "+\(returns.count - shown.count) more: widen the window",
          style: Style().dimmed())
      }
      return
    }
    let tab = min(panel.agencyTab, returns.count - 1)
    var x = inner.x + 1
    for (index, agencyReturn) in returns.enumerated() {
      let name = agencyName(agencyReturn.agency, directory)
      let style = index == tab ? Style().reversed().bolded() : Style().dimmed()
      x = buffer.put(x, inner.y, " \(name) ", style: style, maxWidth: inner.maxX - x) + 1
    }
    buffer.put(inner.maxX - 11, inner.y, " [ ] switch", style: Style().dimmed())
    let body = Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: inner.height - 2)
    drawReturn(returns[tab], scroll: panel.returnScroll, into: &buffer, area: body)
  }

  /// An agency's name for a column: its short name, or the initials of a long one ("CSC").
  /// Where a return's state (a draft) is marked.
  static func returnLabel(_ agencyReturn: AgencyReturn, _ directory: AgencyDirectory) -> String {
    let name = agencyName(agencyReturn.agency, directory)
    guard name.count > 10 else { return name }
    return String(name.split(separator: " ").compactMap(\.first)).uppercased()
  }

  static func agencyName(_ id: String, _ directory: AgencyDirectory) -> String {
    directory.agencies.first { $0.id == id }?.shortName ?? id
  }

  private static func drawReturn(
    _ agencyReturn: AgencyReturn, scroll: Int, into buffer: inout Buffer, area: Rect
  ) {
    var lines: [(String, Style)] = []
    let grade = agencyReturn.overallGrade
    lines.append(("Self-grade: " + GradeLook.label(grade, fitting: area.width - 12), GradeLook.style(grade)))
    guard agencyReturn.involved else {
      lines.append(("Not involved with this child.", Style().dimmed()))
      draw(lines, scroll: 0, into: &buffer, area: area)
      return
    }
    let sections = [
      ("Known because", agencyReturn.knownBecause), ("Work done", agencyReturn.workDone),
      ("Strengths", agencyReturn.strengths), ("Gaps", agencyReturn.gaps),
      ("Voice of the child", agencyReturn.voiceOfChild),
    ]
    for (heading, text) in sections where !text.isEmpty {
      lines.append((heading, Style().bolded()))
      lines += TextWrap.wrap(text, width: max(1, area.width)).map { ($0, .plain) }
    }
    draw(lines, scroll: scroll, into: &buffer, area: area)
  }

  private static func draw(_ lines: [(String, Style)], scroll: Int, into buffer: inout Buffer, area: Rect) {
    let top = min(scroll, max(0, lines.count - area.height))
    for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
      buffer.put(area.x, area.y + row, line.0, style: line.1, maxWidth: area.width)
    }
  }

  static func fieldValue(_ field: JudgementField, _ assessment: PanelAssessment?) -> (String, Style) {
    let dim = Style().dimmed()
    guard let assessment else {
      return field == .overall
        ? ("not graded: press g, r or i", dim) : ("(after the grade)", dim)
    }
    func text(_ value: String) -> (String, Style) {
      let trimmed = value.trimmingWhitespace
      return trimmed.isEmpty ? ("—", dim) : (trimmed, .plain)
    }
    switch field {
    case .overall: return (assessment.overall.label, GradeLook.style(assessment.overall))
    case .rationale: return text(assessment.rationale)
    case .findings:
      let tags = assessment.findings.map(\.words).joined(separator: ", ")
      return tags.isEmpty ? ("none yet: t adds", dim) : ("\(assessment.findings.count): \(tags)", .plain)
    case .goodPractice: return text(assessment.goodPractice)
    case .voice: return text(assessment.voiceOfChild)
    case .escalation:
      return assessment.escalated
        ? ("ESCALATED (urgent action raised)", Style().bolded()) : ("not escalated: ! raises one", dim)
    }
  }
}

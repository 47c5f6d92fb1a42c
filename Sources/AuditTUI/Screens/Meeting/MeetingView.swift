import CFAGDomain
import TUIKit

/// Draws meeting mode: the agenda with time budgets, and the projector view with the case
/// reference, its grade and the timer in block letters readable from the back of the room.
enum MeetingView {
  static func draw(_ meeting: MeetingState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let record = state.record(meeting.auditID) else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let cases = record.includedCases
    guard cases.indices.contains(meeting.index) else {
      buffer.put(
        area.x + 2, area.y + 1, "This audit has no cases yet: go back (q) and add them (a).",
        style: Style().bolded())
      return
    }
    let budget = budgetSeconds(state.meetingMinutes, cases: cases.count)
    var projector = area
    if meeting.showsAgenda {
      let columns = area.split(.horizontal, [.fixed(area.width >= 120 ? 36 : 26), .fill(1)])
      drawAgenda(meeting, record, budget: budget, state, into: &buffer, area: columns[0])
      projector = columns[1]
    }
    drawProjector(meeting, record, budget: budget, now: state.now, into: &buffer, area: projector)
  }

  static func budgetSeconds(_ minutes: Int, cases: Int) -> Int { minutes * 60 / max(1, cases) }

  /// "12:34", or "1:02:03" past an hour.
  static func clock(_ seconds: Int) -> String {
    let s = max(0, seconds)
    let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
  }

  private static func drawAgenda(
    _ meeting: MeetingState, _ record: AuditRecord, budget: Int, _ state: AppState,
    into buffer: inout Buffer, area: Rect
  ) {
    let inner = buffer.box(area, title: "Agenda")
    let hours = Double(state.meetingMinutes) / 60
    buffer.put(
      inner.x, inner.y, TextWrap.truncate("\(hours.formatted) h · \(clock(budget)) each", width: inner.width),
      style: Style().dimmed())
    let labels = record.caseLabels
    for (row, auditCase) in record.includedCases.enumerated() where row + 2 < inner.height {
      let y = inner.y + 2 + row
      let current = row == meeting.index
      let grade = record.assessment(for: auditCase.reference)?.overall
      let base = current ? Style().reversed() : .plain
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: .blank(base))
      let letter = labels[auditCase.reference].map { String($0.dropFirst(5)) } ?? ""
      buffer.putRuns(
        inner.x, y,
        [
          ((current ? "▶" : " ") + letter.padding(3), base),
          (auditCase.reference.value.padding(inner.width - 9), base.bolded()),
          (grade?.short ?? "—", current ? base.bolded() : GradeLook.style(grade)),
        ], maxX: inner.maxX)
    }
    let graded = record.distribution
    if inner.height > 2 {
      buffer.put(
        inner.x, inner.maxY - 1, TextWrap.truncate(graded.progress, width: inner.width),
        style: Style().bolded())
    }
  }

  private static func drawProjector(
    _ meeting: MeetingState, _ record: AuditRecord, budget: Int, now: Int, into buffer: inout Buffer,
    area: Rect
  ) {
    let auditCase = record.includedCases[meeting.index]
    let assessment = record.assessment(for: auditCase.reference)
    let grade = assessment?.overall
    let elapsed = max(0, now - meeting.caseStartedAt)
    let over = elapsed > budget
    let label = record.caseLabels[auditCase.reference] ?? ""
    let count = record.includedCases.count
    let header =
      "\(label) · \(meeting.index + 1) of \(count)" + (assessment?.escalated == true ? " · ESCALATED" : "")
    let contentHeight = 4 + 3 * BigText.lineHeight + 1
    let centred = Rect(
      x: area.x, y: area.y + max(0, (area.height - contentHeight) / 2), width: area.width,
      height: min(area.height, contentHeight))
    let rows = centred.split(
      .vertical,
      [.fixed(1), .fixed(BigText.lineHeight), .fixed(1), .fixed(BigText.lineHeight), .fixed(1), .fill(1)])
    centre(header, Style().bolded(), into: &buffer, area: rows[0])
    BigText(auditCase.reference.value).render(into: &buffer, area: rows[1])
    BigText(bigGrade(grade), style: GradeLook.style(grade)).render(into: &buffer, area: rows[3])
    let gradeWords =
      grade.map {
        "Panel grade: \($0.label)" + (assessment?.rationale.isEmpty == false ? " · rationale ✓" : "")
      }
      ?? "Not graded yet: g good · r requires improvement · i inadequate"
    centre(gradeWords, GradeLook.style(grade), into: &buffer, area: rows[4])
    let timerRows = rows[5].split(.vertical, [.fixed(1), .fixed(BigText.lineHeight), .fill(1)])
    let timerStyle = over ? Style(foreground: .red, bold: true) : Style().bolded()
    BigText(clock(elapsed), style: timerStyle).render(into: &buffer, area: timerRows[1])
    let timerWords =
      over
      ? "OVER BUDGET by \(clock(elapsed - budget)) (budget \(clock(budget)))"
      : "on this case · budget \(clock(budget)) · \(clock(budget - elapsed)) left"
    centre(timerWords, over ? timerStyle : Style().dimmed(), into: &buffer, area: timerRows[2])
  }

  /// The grade as block letters: GOOD, RI, INADEQUATE, or dashes when not graded.
  static func bigGrade(_ grade: Grade?) -> String {
    switch grade {
    case .good: "GOOD"
    case .requiresImprovement: "RI"
    case .inadequate: "INADEQUATE"
    case nil: "- - -"
    }
  }

  static func centre(_ text: String, _ style: Style, into buffer: inout Buffer, area: Rect) {
    guard area.height > 0 else { return }
    let shown = TextWrap.truncate(text, width: area.width)
    let x = area.x + max(0, (area.width - DisplayWidth.of(shown)) / 2)
    buffer.put(x, area.y, shown, style: style)
  }
}

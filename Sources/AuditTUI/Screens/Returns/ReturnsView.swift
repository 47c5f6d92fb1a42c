import CFAGDomain
import CFAGStore
import TUIKit

/// Draws the returns grid: cases down, agencies across, the deadline above and the selected
/// return below.
enum ReturnsView {
  static func draw(_ screen: ReturnsState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let record = state.record(screen.auditID) else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let grid = ReturnsUpdate.status(record, state)
    let gridHeight = min(max(4, grid.cases.count + 4), max(4, area.height - 6))
    let parts = area.split(.vertical, [.fixed(gridHeight), .fill(1)])
    drawGrid(screen, grid, record, into: &buffer, area: parts[0])
    drawCell(screen, grid, record, state, into: &buffer, area: parts[1])
  }

  static func deadline(_ grid: ReturnStatus) -> (String, Style) {
    guard let due = grid.due else { return ("No returns deadline (D sets one)", Style().dimmed()) }
    let days = grid.today.days(until: due)
    if days < 0 {
      let late = grid.agencies.filter(\.overdue).map(\.agency.shortName)
      return (
        "Returns were due \(due.iso)" + (late.isEmpty ? "" : "; overdue: " + late.joined(separator: ", ")),
        late.isEmpty ? .plain : GradeLook.style(RAG.red)
      )
    }
    return ("Returns due \(due.iso) (in \(days) day\(days == 1 ? "" : "s"))", .plain)
  }

  private static func drawGrid(
    _ screen: ReturnsState, _ grid: ReturnStatus, _ record: AuditRecord, into buffer: inout Buffer, area: Rect
  ) {
    let returned = grid.agencies.map { $0.states.filter(\.isIn).count }.reduce(0, +)
    let expected = grid.agencies.count * grid.cases.count
    let inner = buffer.box(area, title: "Returns: \(returned) of \(expected) in")
    let (text, style) = deadline(grid)
    buffer.put(inner.x + 1, inner.y, text, style: style, maxWidth: inner.width - 1)
    guard !grid.cases.isEmpty, !grid.agencies.isEmpty else {
      let hint =
        grid.cases.isEmpty
        ? "No cases yet: s draws them (or add them by hand on the audit screen)."
        : "No agency is expected to return yet: a adds one to the panel."
      buffer.put(inner.x + 1, inner.y + 2, hint, style: Style().bolded(), maxWidth: inner.width - 1)
      return
    }
    let labelWidth = 20
    let cellWidth = max(8, min(24, (inner.width - labelWidth - 1) / max(1, grid.agencies.count)))
    let visible = max(1, (inner.width - labelWidth - 1) / cellWidth)
    let first = max(0, min(screen.column - visible + 1, grid.agencies.count - visible))
    let agencies = Array(grid.agencies.enumerated()).dropFirst(first).prefix(visible)
    var x = inner.x + 1 + labelWidth
    for (index, row) in agencies {
      let style = index == screen.column ? Style().bolded().underlined() : Style().bolded()
      buffer.put(x, inner.y + 1, TextWrap.truncate(row.agency.shortName, width: cellWidth - 1), style: style)
      x += cellWidth
    }
    let labels = record.caseLabels
    let top = screen.rows.visibleOffset(height: inner.height - 2)
    for (line, reference) in grid.cases.enumerated().dropFirst(top).prefix(inner.height - 2) {
      let y = inner.y + 2 + line - top
      let selectedRow = line == screen.rows.selected
      buffer.put(
        inner.x + 1, y, ((labels[reference] ?? "") + "  " + reference.value).padding(labelWidth),
        style: selectedRow ? Style().bolded() : .plain)
      var x = inner.x + 1 + labelWidth
      for (index, row) in agencies {
        let (text, style) = cell(row.states[line], overdue: row.overdue)
        let selected = selectedRow && index == screen.column
        buffer.put(x, y, text.padding(cellWidth - 1), style: selected ? style.reversed() : style)
        x += cellWidth
      }
    }
  }

  static func cell(_ state: ReturnStatus.State, overdue: Bool) -> (String, Style) {
    switch state {
    case .returned: ("✓ returned", GradeLook.style(RAG.green))
    case .draft(let missing): ("draft, \(missing.count) left", GradeLook.style(RAG.amber))
    case .notInvolved, .notKnown: ("– not inv.", Style().dimmed())
    case .missing: ("missing", overdue ? GradeLook.style(RAG.red) : GradeLook.style(RAG.amber))
    }
  }

  private static func drawCell(
    _ screen: ReturnsState, _ grid: ReturnStatus, _ record: AuditRecord, _ state: AppState,
    into buffer: inout Buffer, area: Rect
  ) {
    guard let (reference, agency) = ReturnsUpdate.cell(screen, grid) else { return }
    let inner = buffer.box(area, title: "\(agency.shortName) for \(reference.value)")
    guard let found = record.returns.first(where: { $0.reference == reference && $0.agency == agency.id })
    else {
      let text =
        state.audit?.known.neverKnew(agency.id, reference) == true
        ? "Not involved: the candidate list says \(agency.shortName) never knew the child. Enter types a "
          + "return if it did."
        : "Missing. Enter types it; n marks the agency not involved; i imports a file."
      buffer.putWrapped(
        text, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height),
        style: Style().dimmed())
      return
    }
    var lines: [(String, Style)] = []
    if !found.involved {
      lines.append(("Not involved with this child.", Style().dimmed()))
    } else {
      let theme = record.audit.theme
      let missing = found.missing(in: theme)
      if !missing.isEmpty {
        lines.append(("Draft: \(missing.count) left to give (out of the figures until complete)", .plain))
      }
      lines.append(
        ("Own grade: \(found.overallGrade?.label ?? "none") · known because: \(found.knownBecause)", .plain))
      for domain in theme.domains {
        guard !found.notApplicable.contains(domain.id) else {
          lines.append(("\(domain.title): does not apply", Style().dimmed()))
          continue
        }
        for question in domain.questions {
          // The answer first, so a long question cut at the edge never hides it.
          let answer = TextWrap.truncate(found.answers[question.id]?.display ?? "—", width: 24)
          lines.append((answer.padding(25) + question.text, .plain))
        }
      }
      if !found.gaps.isEmpty { lines.append(("Gaps: \(found.gaps)", .plain)) }
    }
    lines.append(("Enter edits · x withdraws it (u undoes)", Style().dimmed()))
    for (row, line) in lines.prefix(inner.height).enumerated() {
      buffer.put(inner.x + 1, inner.y + row, TextWrap.truncate(line.0, width: inner.width - 1), style: line.1)
    }
  }
}

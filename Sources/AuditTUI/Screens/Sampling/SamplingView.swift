import CFAGDomain
import TUIKit

/// Draws the sampling screen: the draw and its cases beside the eligible pool.
enum SamplingView {
  static func draw(_ screen: SamplingState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let record = state.record(screen.auditID) else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let rows = area.split(.vertical, [.fixed(4), .fill(1)])
    drawSummary(record, pool: screen.pool, into: &buffer, area: rows[0])
    let columns = rows[1].split(.horizontal, [.percentage(55), .fill(1)])
    drawCases(screen, record, into: &buffer, area: columns[0])
    drawPool(screen, record, into: &buffer, area: columns[1])
  }

  private static func drawSummary(
    _ record: AuditRecord, pool: [CandidateCase]?, into buffer: inout Buffer, area: Rect
  ) {
    let inner = buffer.box(area, title: "Sample: \(record.audit.theme.title)")
    let criteria = record.audit.theme.criteria.map(\.description)
    let poolText = pool.map { "\($0.count) eligible candidates" } ?? "counting the pool…"
    buffer.putRuns(
      inner.x + 1, inner.y,
      [
        ("Pool: ", Style().bolded()), (poolText, .plain), ("  criteria: ", Style().dimmed()),
        (criteria.isEmpty ? "none" : criteria.joined(separator: "; "), .plain),
      ], maxX: inner.maxX)
    if let sample = record.audit.sample {
      buffer.putRuns(
        inner.x + 1, inner.y + 1,
        [
          ("Drawn with seed ", .plain), ("\(sample.seed)", Style().bolded()),
          (" on \(sample.drawnAt.prefix(10)): \(sample.size) cases, \(sample.reserves) reserves", .plain),
          (sample.stratifiedBy.map { ", stratified by \($0.label)" } ?? "", .plain),
          ("  o: the record", Style().dimmed()),
        ], maxX: inner.maxX)
    } else if pool?.isEmpty == true {
      buffer.put(
        inner.x + 1, inner.y + 1, "No candidate to draw from: 1 opens the candidate list to import one.",
        style: Style().bolded(), maxWidth: inner.width - 1)
    } else {
      buffer.put(
        inner.x + 1, inner.y + 1, "Not drawn yet: d draws the cases.", style: Style().bolded(),
        maxWidth: inner.width - 1)
    }
  }

  private static func drawCases(
    _ screen: SamplingState, _ record: AuditRecord, into buffer: inout Buffer, area: Rect
  ) {
    let focused = screen.pane == .cases
    let cases = SamplingUpdate.cases(record)
    let inner = buffer.box(
      area, title: "Drawn cases (\(record.includedCases.count) in the audit)",
      style: focused ? Style().bolded() : Style().dimmed())
    guard !cases.isEmpty else {
      buffer.put(inner.x + 1, inner.y, "None yet.", style: Style().dimmed())
      return
    }
    let labels = record.caseLabels
    let rows = cases.map { auditCase -> [String] in
      let how: String =
        switch auditCase.selection {
        case .random(let order): "drawn \(order)"
        case .reserve(let order): "reserve \(order)"
        case .manual: "by hand"
        }
      let status: String =
        switch auditCase.status {
        case .included: labels[auditCase.reference] ?? "in"
        case .reserve: "unused"
        case .replaced(let reason): "replaced: \(reason)"
        case .removed(let reason): "out: \(reason)"
        }
      return [auditCase.reference.value, how, status]
    }
    TableView(
      columns: [
        TableColumn("Reference", width: .fixed(13)), TableColumn("Selection", width: .fixed(11)),
        TableColumn("In the audit", width: .fill(1)),
      ], rows: rows, state: screen.cases, selectedStyle: focused ? Style().reversed() : Style().bolded()
    ).render(into: &buffer, area: inner)
  }

  private static func drawPool(
    _ screen: SamplingState, _ record: AuditRecord, into buffer: inout Buffer, area: Rect
  ) {
    let focused = screen.pane == .pool
    let pool = screen.pool ?? []
    let inner = buffer.box(
      area, title: "Eligible pool (\(pool.count))", style: focused ? Style().bolded() : Style().dimmed())
    let drawn = Set(record.cases.map(\.reference))
    let rows = pool.map {
      [
        (drawn.contains($0.reference) ? "• " : "  ") + $0.reference.value, $0.planType.label,
        $0.ageBand?.label ?? "",
      ]
    }
    TableView(
      columns: [
        TableColumn("Reference", width: .fixed(14)), TableColumn("Plan", width: .fill(1)),
        TableColumn("Age", width: .fixed(9)),
      ], rows: rows, state: screen.poolList, selectedStyle: focused ? Style().reversed() : .plain
    ).render(into: &buffer, area: inner)
  }
}

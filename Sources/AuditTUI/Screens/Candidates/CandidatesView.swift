import CFAGDomain
import TUIKit

/// Draws the candidate list, and the problems of a refused import under it.
enum CandidatesView {
  static func draw(_ screen: CandidatesState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let candidates = screen.candidates else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    var listArea = area
    if let rejected = screen.rejected {
      let height = min(rejected.problems.count + 3, max(6, area.height / 2))
      let parts = area.split(.vertical, [.fill(1), .fixed(height)])
      listArea = parts[0]
      drawRejected(rejected, into: &buffer, area: parts[1])
    }
    let inner = buffer.box(listArea, title: "Candidate list (\(candidates.count))")
    guard !candidates.isEmpty else {
      let lines = [
        "The candidate list is empty.", "",
        "Press i to import the case management system's CSV export (Tab completes file names).",
        "Then s draws an audit's cases at random from the candidates its theme admits.",
      ]
      let wrapped = lines.enumerated().flatMap { index, line in
        (TextWrap.wrap(line, width: inner.width - 2).isEmpty
          ? [""] : TextWrap.wrap(line, width: inner.width - 2))
          .map { ($0, index == 0 ? Style().bolded() : Style.plain) }
      }
      for (row, line) in wrapped.prefix(inner.height).enumerated() {
        buffer.put(inner.x + 1, inner.y + row, line.0, style: line.1)
      }
      return
    }
    let wide = inner.width >= 100
    var columns = [
      TableColumn("Reference", width: .fixed(14)), TableColumn("Plan", width: .fixed(17)),
      TableColumn("Age", width: .fixed(10)), TableColumn("Team", width: .fill(1)),
      TableColumn("Start", width: .fixed(11)),
    ]
    if wide {
      columns.insert(TableColumn("Gender", width: .fixed(8)), at: 3)
      columns.append(TableColumn("Agencies known", width: .fill(2)))
    }
    let rows = candidates.map { candidate -> [String] in
      var row = [
        candidate.reference.value, candidate.planType.label, candidate.ageBand?.label ?? "",
        candidate.team ?? "", candidate.startDate?.iso ?? "",
      ]
      if wide {
        row.insert(candidate.gender ?? "", at: 3)
        row.append(candidate.agenciesKnown.joined(separator: ", "))
      }
      return row
    }
    TableView(columns: columns, rows: rows, state: screen.list).render(into: &buffer, area: inner)
  }

  private static func drawRejected(_ rejected: RejectedImport, into buffer: inout Buffer, area: Rect) {
    let count = rejected.problems.count
    let inner = buffer.box(
      area, title: "Not imported: \(count) problem\(count == 1 ? "" : "s"); nothing was stored",
      style: Style(foreground: .red, bold: true))
    var lines = rejected.problems.flatMap { problem in
      TextWrap.wrap(problem, width: max(1, inner.width - 2)).enumerated().map {
        ($0.offset == 0 ? $0.element : "  " + $0.element, Style.plain)
      }
    }
    if !rejected.refusedColumns.isEmpty {
      let names = rejected.refusedColumns.map { "“\($0)”" }.joined(separator: ", ")
      lines.insert(("d leaves out \(names) and imports again", Style().bolded()), at: 0)
    }
    let shown = lines.prefix(inner.height)
    for (row, line) in shown.enumerated() {
      buffer.put(inner.x + 1, inner.y + row, TextWrap.truncate(line.0, width: inner.width - 1), style: line.1)
    }
    if lines.count > inner.height, inner.height > 0 {
      let more = "… \(lines.count - inner.height + 1) more"
      buffer.fill(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
      buffer.put(inner.x + 1, inner.maxY - 1, more, style: Style().dimmed())
    }
  }
}

import CFAGDomain
import CFAGStore
import TUIKit

/// Draws the home screen: the audits and the tracker summary, or the first-run welcome.
enum HomeView {
  static func draw(_ home: HomeState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let data = state.home else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    if data.summaries.isEmpty {
      drawWelcome(state, into: &buffer, area: area)
      return
    }
    let parts = area.split(.vertical, [.fill(1), .fixed(3), .fixed(4)])
    if home.isSearching {
      drawResults(home, into: &buffer, area: parts[0])
      drawFound(state, into: &buffer, area: parts[1])
    } else {
      drawAudits(home, data.summaries, into: &buffer, area: parts[0])
      drawSelected(state, into: &buffer, area: parts[1])
    }
    drawTracker(data.tracker, into: &buffer, area: parts[2])
  }

  private static func drawAudits(
    _ home: HomeState, _ summaries: [AuditSummary], into buffer: inout Buffer, area: Rect
  ) {
    let inner = buffer.box(area, title: "Audits (\(summaries.count))")
    let wide = inner.width >= 100
    var columns = [
      TableColumn("ID", width: .fixed(13)), TableColumn("Audit", width: .fill(1)),
      TableColumn("Meeting", width: .fixed(11)), TableColumn("Stage", width: .fixed(15)),
      TableColumn("Progress", width: .fixed(15)),
    ]
    if wide { columns.insert(TableColumn("Theme", width: .fill(1)), at: 2) }
    TableView(columns: columns, rowCount: summaries.count, state: home.list) { index in
      let summary = summaries[index]
      var row = [
        summary.id.rawValue, summary.title, summary.meetingDate.iso, summary.stage.label,
        summary.distribution.progress,
      ]
      if wide { row.insert(summary.themeTitle, at: 2) }
      return row
    }.render(into: &buffer, area: inner)
  }

  /// What `/` found, each with its kind and where it belongs; Enter opens one.
  private static func drawResults(_ home: HomeState, into buffer: inout Buffer, area: Rect) {
    let results = home.results
    let inner = buffer.box(area, title: "Found for “\(home.query)” (\(results.count)) · Enter opens")
    guard home.index != nil else {
      buffer.put(inner.x + 1, inner.y, "Searching…", style: Style().dimmed(), maxWidth: inner.width - 1)
      return
    }
    guard !results.isEmpty else {
      let text =
        "Nothing matches: audits, case references (any spelling), findings, recommendations and "
        + "actions are searched. Esc on / clears the search."
      for (row, line) in TextWrap.wrap(text, width: max(1, inner.width - 1)).enumerated()
      where row < inner.height {
        buffer.put(inner.x + 1, inner.y + row, line, style: Style().dimmed())
      }
      return
    }
    let columns = [TableColumn("Kind", width: .fixed(15)), TableColumn("Found", width: .fill(1))]
    TableView(columns: columns, rowCount: results.count, state: home.list) { index in
      [results[index].target.kind, "\(results[index].title) · \(results[index].detail)"]
    }.render(into: &buffer, area: inner)
  }

  /// The selected audit's grades so far, in words and colour.
  private static func drawSelected(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let summary = HomeUpdate.selected(state) else { return }
    buffer.put(
      area.x + 1, area.y, TextWrap.truncate(summary.title, width: area.width - 2), style: Style().bolded())
    let tally = GradeLook.tally(summary.distribution, width: area.width - 2)
    for (row, runs) in tally.prefix(area.height - 1).enumerated() {
      buffer.putRuns(area.x + 1, area.y + 1 + row, runs, maxX: area.maxX)
    }
  }

  /// The selected result in full, and what Enter does with it.
  private static func drawFound(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let entry = HomeUpdate.selectedResult(state) else { return }
    let opens =
      switch entry.target {
      case .audit: "Enter opens the audit."
      case .auditCase(_, _, let included): included ? "Enter opens its case panel." : "Enter opens its audit."
      case .finding, .recommendation: "Enter opens the audit's findings and recommendations."
      case .action: "Enter opens it in the action tracker."
      }
    var lines = StyledLines.hanging(
      [("\(entry.target.kind): ", Style().bolded())], entry.title, style: Style().bolded(),
      width: area.width - 2)
    lines += StyledLines.hanging(
      [], "\(entry.detail). \(opens)", style: Style().dimmed(), width: area.width - 2)
    if lines.count > area.height { lines = Array(lines.prefix(area.height - 1)) + [lines[lines.count - 1]] }
    StyledLines.draw(
      lines, into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height))
  }

  /// Open actions by RAG, and how many are overdue.
  static func drawTracker(_ tally: TrackerTally, into buffer: inout Buffer, area: Rect) {
    let inner = buffer.box(area, title: "Action tracker")
    guard tally.open > 0 else {
      buffer.put(inner.x + 1, inner.y, "No open actions.", style: Style().dimmed())
      return
    }
    var runs: [(String, Style)] = [("Open actions: ", .plain)]
    for rag in [RAG.red, .amber, .green, .blue] {
      runs.append(("\(tally.count(rag)) \(rag.label.lowercased())", GradeLook.style(rag)))
      runs.append((rag == .blue ? " (awaiting evidence)" : " · ", .plain))
    }
    buffer.putRuns(inner.x + 1, inner.y, runs, maxX: inner.maxX)
    buffer.putRuns(
      inner.x + 1, inner.y + 1,
      [
        ("\(tally.overdue) overdue", tally.overdue > 0 ? GradeLook.style(.red) : .plain),
        (" · \(tally.urgent) urgent from escalations", tally.urgent > 0 ? Style().bolded() : .plain),
      ], maxX: inner.maxX)
  }

  private static func drawWelcome(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let lines: [(String, Style)] = [
      ("Welcome to CFAG Workbench", Style().bolded()),
      ("", .plain),
      ("There are no audits in this database yet.", .plain),
      ("", .plain),
      ("  n   Start a new audit: pick a theme, set the meeting, add cases", .plain),
      ("  d   Load demo data: made-up audits and actions to try things out", .plain),
      ("  c   Import the candidate list the audit's cases are drawn from", .plain),
      ("  w   Every step, from the candidate list to sign-off", .plain),
      ("", .plain),
      ("  ?   Help lists every key; : finds any command by name", .plain),
      ("  q   Quit — every change is saved as you make it", .plain),
    ]
    let width = min(area.width - 2, 72)
    let box = area.centred(Size(width: width, height: lines.count + 2))
    let inner = buffer.box(box, title: "First run")
    for (row, line) in lines.enumerated() where row < inner.height {
      buffer.put(inner.x + 1, inner.y + row, line.0, style: line.1, maxWidth: inner.width - 1)
    }
  }
}

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
    drawAudits(home, into: &buffer, area: parts[0])
    drawSelected(state, into: &buffer, area: parts[1])
    drawTracker(data.tracker, into: &buffer, area: parts[2])
  }

  private static func drawAudits(_ home: HomeState, into buffer: inout Buffer, area: Rect) {
    let visible = home.visible
    let title = home.query.isEmpty ? "Audits" : "Audits matching “\(home.query)”"
    let inner = buffer.box(area, title: "\(title) (\(visible.count))")
    let wide = inner.width >= 100
    var columns = [
      TableColumn("ID", width: .fixed(13)), TableColumn("Audit", width: .fill(1)),
      TableColumn("Meeting", width: .fixed(11)), TableColumn("Stage", width: .fixed(15)),
      TableColumn("Progress", width: .fixed(15)),
    ]
    if wide { columns.insert(TableColumn("Theme", width: .fill(1)), at: 2) }
    TableView(columns: columns, rowCount: visible.count, state: home.list) { index in
      let summary = visible[index]
      var row = [
        summary.id.rawValue, summary.title, summary.meetingDate.iso, summary.stage.label,
        summary.distribution.progress,
      ]
      if wide { row.insert(summary.themeTitle, at: 2) }
      return row
    }.render(into: &buffer, area: inner)
    if visible.isEmpty {
      buffer.put(
        inner.x + 1, inner.y + 2, "No audit matches; Esc on / clears the search.", style: Style().dimmed())
    }
  }

  /// The selected audit's grades so far, in words and colour.
  private static func drawSelected(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let summary = HomeUpdate.selected(state) else { return }
    let d = summary.distribution
    buffer.put(
      area.x + 1, area.y, TextWrap.truncate(summary.title, width: area.width - 2), style: Style().bolded())
    var runs: [(String, Style)] = [("Grades so far: ", .plain)]
    for grade in Grade.allCases {
      runs.append(("\(d.count(grade)) \(grade.label.lowercased())", GradeLook.style(grade)))
      runs.append((grade == .inadequate ? "" : " · ", .plain))
    }
    runs.append(("  (\(d.progress))", Style().dimmed()))
    buffer.putRuns(area.x + 1, area.y + 1, runs, maxX: area.maxX)
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
      runs.append(("\(tally.byRAG[rag] ?? 0) \(rag.label.lowercased())", GradeLook.style(rag)))
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

import AuditTUI
import CFAGDomain
import CFAGStore
import CursesBackend
import TUIKit

/// P2b: a save to the next frame. Opens the newest audit still open for grading in meeting mode,
/// as a person would from the home screen, then grades its first case 200 times (alternating
/// grades, each with its rationale), timing each from the message to the frame written, the save
/// and the refresh of what it changed included. The CPU time of the thread is P2b's figure; the
/// wall time is P7a's on PostgreSQL, where the server's share of the work is in another process.
struct SaveReplay {
  let workbench: Workbench

  func run() throws {
    let screen = try BenchScreen(workbench)
    let runtime = screen.runtime
    defer { screen.terminal.close() }
    try screen.start()
    let summaries = try workbench.auditSummaries()
    guard
      let row = summaries.firstIndex(where: {
        $0.distribution.cases > 0 && ($0.stage == .panel || $0.stage == .agencyReturns)
      })
    else {
      print("error no audit open for grading: run cfag demo --years 10 first")
      return
    }
    try runtime.send(.home(.move(.top)))
    for _ in 0..<row { try runtime.send(.home(.move(.down))) }
    try runtime.send(.home(.meeting))
    let grades: [Grade] = [.good, .requiresImprovement]
    var times: [Double] = []
    var walls: [Double] = []
    for round in 0..<200 {
      let grade = grades[round % 2]
      let message = AppMessage.judge(
        .saveGrade(grade, rationale: "Round \(round): the panel agreed \(grade.label.lowercased())."))
      let (cpu, wall) = try Timing.both { try runtime.send(message) }
      times.append(cpu)
      walls.append(wall)
    }
    print("save_audit \(summaries[row].id)")
    Timing.figure("saves", Double(times.count))
    Timing.figure("save_p50_ms", Timing.percentile(50, of: times))
    Timing.figure("save_p99_ms", Timing.percentile(99, of: times))
    Timing.figure("save_wall_p50_ms", Timing.percentile(50, of: walls))
    Timing.figure("save_wall_p99_ms", Timing.percentile(99, of: walls))
  }
}

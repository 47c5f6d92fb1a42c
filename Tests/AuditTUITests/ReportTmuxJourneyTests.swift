import CFAGDomain
import CFAGStore
import Foundation
import Testing

/// The whole audit in the real binary under tmux, by keys alone: import the candidates, draw six
/// cases with a seed, type one agency's return, grade, recommend, raise an action, preview and
/// export the report, sign off.
@Suite(
  .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end journeys skipped"))
struct ReportTmuxJourneyTests {
  /// Twelve children on CIN plans that started this year, as a case system exports them.
  static func candidates(in folder: URL) throws -> String {
    var lines = ["Case Reference,Plan Type,Date of Birth,Team,Start Date"]
    for index in 1...12 {
      lines.append(
        "MC-8\(String(format: "%05d", index)),CIN,2016-04-1\(index % 9),Team North,2026-06-0\(1 + index % 9)")
    }
    let path = folder.appendingPathComponent("candidates.csv").path
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// How many questions each domain of the bundled child-in-need theme asks, in form order.
  static var questionsPerDomain: [Int] {
    let file = TmuxSession.repository.appendingPathComponent("Themes/child-in-need.yaml")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n").drop { $0 != "domains:" }
    var counts: [Int] = []
    for line in lines {
      if line.hasPrefix("  - id: ") { counts.append(0) }
      if line.hasPrefix("      - id: "), !counts.isEmpty { counts[counts.count - 1] += 1 }
    }
    return counts
  }

  @Test func importSampleReturnGradeRecommendActReportAndSignOff() throws {
    let tmux = try TmuxSession()
    let csv = try Self.candidates(in: tmux.folder)
    try tmux.createAudit(meeting: "2026-12-01")

    try tmux.keys("c")
    try tmux.wait(for: "The candidate list is empty")
    try tmux.keys("i")
    try tmux.wait(for: "Import a candidate list")
    try tmux.type(String(csv.dropLast("idates.csv".count)))
    try tmux.keys("Tab")
    try tmux.wait(for: "candidates.csv")
    try tmux.keys("Enter")
    try tmux.wait(for: "Imported 12 candidates")

    try tmux.keys("2")
    try tmux.wait(for: "Pool: 12 eligible candidates")
    try tmux.keys("d")
    try tmux.wait(for: "Seed:")
    try tmux.keys("Down", "Down")
    try tmux.type("20261201")
    try tmux.keys("C-s")
    try tmux.wait(for: "Drawn with seed 20261201")

    try tmux.keys("3")
    try tmux.wait(for: "No agency is expected to return yet")
    try tmux.keys("a")
    try tmux.wait(for: "Add an agency to the panel")
    try tmux.type("police")
    try tmux.keys("Enter")
    try tmux.wait(for: "Added Police to the panel")
    try tmux.keys("Enter")
    try tmux.wait(for: "Police's return for")
    try tmux.keys("Enter")
    try tmux.type("Two call-outs to the home")
    // Enter moves through the optional narrative (work done, strengths, gaps, voice) in order.
    try tmux.keys("Enter", "Enter", "Enter", "Enter", "Enter")
    for questions in Self.questionsPerDomain {
      try tmux.keys("Enter")  // the domain applies
      for _ in 0..<questions {
        try tmux.type("yes: on file")
        try tmux.keys("Enter")
      }
    }
    try tmux.type("good")
    try tmux.keys("Enter")
    try tmux.wait(for: "Saved Police's return")

    try tmux.keys("4")
    let grades = ["g", "r", "r", "i", "r", "g"]
    for (index, key) in grades.enumerated() {
      try tmux.wait(for: "\(index + 1) of 6")
      try tmux.keys(key)
      try tmux.wait(for: "Rationale for")
      try tmux.type("Panel view of case \(index + 1)")
      try tmux.keys("C-s")
      try tmux.wait(for: "Graded")
      if key == "i" {
        try tmux.wait(for: "Escalate")
        try tmux.keys("n")
        try tmux.wait(for: "Not escalated")
      }
      if index == 0 {
        try tmux.keys("t")
        try tmux.wait(for: "Findings for")
        try tmux.type("child not seen alone")
        try tmux.keys("Enter")
        try tmux.wait(for: "Tagged")
        try tmux.keys("Escape")
      }
      try tmux.keys("n")
    }
    try tmux.wait(for: "Meeting summary")

    try tmux.keys("5")
    try tmux.wait(for: "Finding tags (1)")
    try tmux.keys("a")
    try tmux.wait(for: "New recommendation")
    try tmux.type("Every CIN visit records whether the child was seen alone")
    try tmux.keys("C-s")
    try tmux.wait(for: "Saved the recommendation")
    try tmux.keys("A")
    try tmux.wait(for: "which agency owns it?")
    try tmux.type("police")
    try tmux.keys("Enter")
    try tmux.wait(for: "Lead:")
    try tmux.type("DI Patel")
    try tmux.keys("C-s")
    try tmux.wait(for: "Raised the action")

    try tmux.keys("6")
    try tmux.wait(for: "Narrative sections")
    try tmux.keys("Tab")
    try tmux.wait(for: "The report as it will read (draft)")
    try tmux.keys("Tab", "e")
    try tmux.wait(for: "Export the report")
    let report = tmux.folder.appendingPathComponent("report.html").path
    try tmux.keys("C-u")
    try tmux.type(report)
    try tmux.keys("C-s")
    try tmux.wait(for: "Wrote the draft report")
    #expect(FileManager.default.fileExists(atPath: report))
    try tmux.keys("S")
    try tmux.wait(for: "Signed off by:")
    try tmux.type("Head of Safeguarding")
    try tmux.keys("Enter")
    // The sections are unwritten and agencies have not all returned: listed, then asked twice.
    let dialog = try tmux.wait(for: "Sign off CFAG-2026-01?")
    #expect(dialog.contains("Still missing:"))
    try tmux.keys("Enter")
    try tmux.wait(for: "Not signed off; nothing changed.")
    try tmux.keys("S")
    try tmux.wait(for: "Signed off by:")
    try tmux.type("Head of Safeguarding")
    try tmux.keys("Enter")
    try tmux.wait(for: "Sign off CFAG-2026-01?")
    try tmux.keys("y")
    try tmux.wait(for: "Sign off with")
    try tmux.keys("y")
    try tmux.wait(for: "Signed off CFAG-2026-01")

    let store = try Store(path: tmux.databasePath, readOnly: true)
    let workbench = try Workbench(
      store: store, session: Session(actor: "Tester", today: Day(iso: "2026-11-23")!, clock: { "" }))
    let record = try workbench.record("CFAG-2026-01")
    #expect(record.audit.sample?.seed == 20_261_201)
    #expect(record.distribution.graded == 6)
    #expect(record.returns.count == 1)
    #expect(record.recommendations.count == 1)
    #expect(try workbench.actions(audit: "CFAG-2026-01").contains { $0.lead == "DI Patel" })
    #expect(record.audit.signOff?.by == "Head of Safeguarding")
  }
}

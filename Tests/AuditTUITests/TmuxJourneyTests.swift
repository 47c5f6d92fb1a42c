import CFAGDomain
import CFAGStore
import Foundation
import Testing

/// End-to-end journeys: the real binary in tmux, driven by keys, checked by reading the screen and
/// the database. Skipped, with a note, when tmux is not installed (CI installs it).
@Suite(
  .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end journeys skipped"))
struct TmuxJourneyTests {
  /// Creates an audit and adds six cases, leaving the audit screen open.
  func createAuditWithSixCases(_ tmux: TmuxSession) throws {
    try tmux.createAudit(meeting: "2026-12-01")
    try tmux.keys("a")
    try tmux.wait(for: "Add a case to CFAG-2026-01")
    for n in 1...6 {
      try tmux.type("MC-50000\(n)")
      try tmux.keys("Enter", "Enter")
      try tmux.wait(for: "Added MC-50000\(n)")
    }
    try tmux.keys("Escape")
    try tmux.wait(for: "Cases (0 of 6 graded)")
  }

  /// Grades the meeting's current case with a rationale, waiting until it is saved.
  func grade(_ tmux: TmuxSession, key: String, reference: String, rationale: String) throws {
    try tmux.keys(key)
    try tmux.wait(for: "Rationale for \(reference)")
    try tmux.type(rationale)
    try tmux.wait(for: rationale)
    try tmux.keys("C-s")
    try tmux.wait(for: "Graded \(reference)")
  }

  func record(_ tmux: TmuxSession) throws -> AuditRecord {
    let store = try Store(path: tmux.databasePath, readOnly: true)
    let session = Session(actor: "Tester", today: Day(iso: "2026-11-23")!, clock: { "" })
    return try Workbench(store: store, session: session).record("CFAG-2026-01")
  }

  @Test func createAuditAddSixCasesGradeThemAllInMeetingModeAndSeeTheSummary() throws {
    let tmux = try TmuxSession()
    try createAuditWithSixCases(tmux)
    try tmux.keys("m")
    try tmux.wait(for: "Agenda")
    let keys = ["g", "r", "r", "i", "r", "g"]
    for (index, key) in keys.enumerated() {
      let reference = "MC-50000\(index + 1)"
      try tmux.wait(for: "\(index + 1) of 6")
      try grade(tmux, key: key, reference: reference, rationale: "Panel view of case \(index + 1)")
      if index == 3 {
        // Grading inadequate offers the escalation.
        try tmux.wait(for: "Escalate MC-500004?")
        try tmux.keys("y")
        try tmux.wait(for: "which agency owns")
        try tmux.type("police")
        try tmux.keys("Enter")
        try tmux.wait(for: "Concern:")
        try tmux.type("Unexplained bruising")
        try tmux.keys("Enter")
        try tmux.type("DI Smith")
        try tmux.keys("Enter")
        try tmux.wait(for: "Urgent action LL-2026-001 recorded")
      }
      try tmux.keys("n")
    }
    // The summary's figures come with the reload after the last save: wait for them and the rest
    // of the screen in one capture, not the title alone.
    _ = try tmux.wait(
      forAll: ["Meeting summary", "2 good · 3 requires improvement · 1 inadequate", "Escalations made (1)"])
    #expect(try record(tmux).distribution.graded == 6)
  }

  @Test func resizeMidEditToFortyByTwelveAndBackLosesNothing() throws {
    let tmux = try TmuxSession()
    try createAuditWithSixCases(tmux)
    try tmux.keys("Enter")
    try tmux.wait(for: "Case A · MC-500001")
    try tmux.keys("g")
    try tmux.wait(for: "Rationale for MC-500001")
    try tmux.type("Typed before the resize")
    try tmux.wait(for: "Typed before the resize")
    try tmux.resize(40, 12)
    try tmux.wait(for: "Please make the window")
    try tmux.type(" typed unseen")
    try tmux.resize(80, 24)
    try tmux.wait(for: "Typed before the resize")
    try tmux.type(" and after it")
    try tmux.resize(200, 50)
    let screen = try tmux.wait(for: "Typed before the resize and after it")
    #expect(!screen.contains("typed unseen"))
    try tmux.keys("C-s")
    try tmux.wait(for: "Graded MC-500001")
    let assessment = try record(tmux).assessment(for: CaseReference(trusted: "MC-500001"))
    #expect(assessment?.rationale == "Typed before the resize and after it")
  }

  @Test func killedMidMeetingEveryConfirmedGradeIsStillThere() throws {
    let tmux = try TmuxSession()
    try createAuditWithSixCases(tmux)
    try tmux.keys("m")
    try tmux.wait(for: "Agenda")
    try grade(tmux, key: "g", reference: "MC-500001", rationale: "Strong plan")
    try tmux.keys("n")
    try tmux.wait(for: "2 of 6")
    try grade(tmux, key: "i", reference: "MC-500002", rationale: "Drift")
    try tmux.wait(for: "Escalate MC-500002?")
    try tmux.keys("n")
    try tmux.wait(for: "Not escalated")
    try tmux.keys("n")
    try tmux.wait(for: "3 of 6")
    try tmux.keys("r")
    try tmux.wait(for: "Rationale for MC-500003")
    try tmux.type("Half typed, never saved")
    try tmux.wait(for: "Half typed")
    try tmux.killProgram()
    try tmux.start()
    let home = try tmux.wait(for: "CFAG-2026-01")
    #expect(home.contains("2 of 6 graded"))
    try tmux.keys("m")
    let agenda = try tmux.wait(for: "Agenda")
    #expect(agenda.contains("MC-500001      Good"))
    #expect(agenda.contains("MC-500002      Inad"))
    let record = try record(tmux)
    #expect(record.assessment(for: CaseReference(trusted: "MC-500001"))?.rationale == "Strong plan")
    #expect(record.assessment(for: CaseReference(trusted: "MC-500003")) == nil)
  }
}

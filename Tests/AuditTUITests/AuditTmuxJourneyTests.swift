import CFAGDomain
import CFAGStore
import Foundation
import Testing

/// A whole audit as a meeting runs it, at 80×24 from an empty database, by keys alone.
extension TmuxJourneyTests {
  @Test func theMeetingDateSaysWhatItNeedsAndEscapeAsksBeforeDiscarding() throws {
    let tmux = try TmuxSession()
    try tmux.openTheMeetingDateOfANewAudit()
    try tmux.keys("Enter")
    try tmux.wait(for: "Meeting date is needed")
    try tmux.type("2026-12-16")
    try tmux.wait(for: "2026-12-16")
    try tmux.keys("Escape")
    try tmux.wait(for: "s: save · d: discard it · Esc: keep editing")
  }

  @Test func aSixCaseAuditWithADraftReturnACorrectedEscalationAndSignOffAskedTwice() throws {
    let tmux = try TmuxSession()
    try createAuditWithSixCases(tmux)

    // Police's return for the first case, started before the meeting and kept as a draft.
    try tmux.keys("3")
    try tmux.wait(for: "No agency is expected to return yet")
    try tmux.keys("a")
    try tmux.wait(for: "Add an agency to the panel")
    try tmux.type("police")
    try tmux.keys("Enter")
    try tmux.wait(for: "Added Police to the panel")
    try tmux.keys("Enter")
    try tmux.wait(for: "Police's return for MC-500001")
    try tmux.keys("Enter")
    try tmux.type("Two call-outs to the home")
    try tmux.wait(for: "Two call-outs to the home")
    try tmux.keys("C-s")
    try tmux.wait(for: "Saved Police's return for MC-500001")
    try tmux.wait(for: "draft, ")

    // The meeting grades all six; the escalation is saved with its concern and lead swapped.
    try tmux.keys("4")
    try tmux.wait(for: "Agenda")
    for (index, key) in ["g", "r", "r", "i", "r", "g"].enumerated() {
      let reference = "MC-50000\(index + 1)"
      try tmux.wait(for: "\(index + 1) of 6")
      try grade(tmux, key: key, reference: reference, rationale: "Panel view of case \(index + 1)")
      if key == "i" {
        try tmux.wait(for: "Escalate \(reference)?")
        try tmux.keys("y")
        try tmux.wait(for: "which agency owns")
        try tmux.type("police")
        try tmux.keys("Enter")
        try tmux.wait(for: "Concern:")
        try tmux.type("DI Smith")
        try tmux.keys("Enter")
        try tmux.type("Unexplained bruising")
        try tmux.keys("Enter")
        try tmux.wait(for: "Urgent action LL-2026-001 recorded")
        try correctTheEscalation(tmux)
        try tmux.wait(for: "\(index + 1) of 6")
      }
      try tmux.keys("n")
    }
    try tmux.wait(for: "2 good · 3 requires improvement · 1 inadequate")

    // The draft return completed: every domain answered but the last, which does not apply.
    try tmux.keys("3")
    try tmux.wait(for: "draft, ")
    try tmux.keys("Enter")
    try tmux.wait(for: "Police's return for MC-500001")
    for _ in 0..<6 { try tmux.keys("Enter") }
    let domains = ReportTmuxJourneyTests.questionsPerDomain
    for (number, questions) in domains.enumerated() {
      let last = number == domains.count - 1
      try tmux.keys(last ? "n" : "y", "Enter")
      for _ in 0..<questions {
        if last { try tmux.keys("Enter") } else { try tmux.keys("y", "Enter") }
      }
    }
    try tmux.keys("g", "Enter")
    try tmux.wait(for: "Saved Police's return for MC-500001")
    try tmux.wait(for: "✓ returned")

    // Sign-off with the conclusion unwritten: listed, refused on Enter, then confirmed twice.
    try tmux.keys("6")
    try tmux.wait(for: "Narrative sections")
    try signOffDialog(tmux)
    try tmux.keys("Enter")
    try tmux.wait(for: "Not signed off; nothing changed.")
    #expect(try record(tmux).audit.signOff == nil)
    try signOffDialog(tmux)
    try tmux.keys("y")
    try tmux.wait(for: "Sign off with")
    try tmux.keys("y")
    try tmux.wait(for: "Signed off CFAG-2026-01")

    let record = try record(tmux)
    #expect(record.distribution.graded == 6)
    #expect(record.audit.signOff?.by == "Head of Safeguarding")
    let police = try #require(record.returns.first)
    #expect(police.isComplete(in: record.audit.theme))
    #expect(police.notApplicable.count == 1)
    let workbench = try Workbench(
      store: try Store(path: tmux.databasePath, readOnly: true),
      session: Session(actor: "Tester", today: Day(iso: "2026-11-23")!, clock: { "" }))
    let escalation = try workbench.action("LL-2026-001")
    #expect(escalation.text == "Immediate concern: Unexplained bruising")
    #expect(escalation.lead == "DI Smith")
    #expect(
      try workbench.history(.action("LL-2026-001")).contains { $0.reason == "typed the wrong way round" })
  }

  /// From the meeting: the case panel's Escalation row, the correction form, back to the meeting.
  func correctTheEscalation(_ tmux: TmuxSession) throws {
    try tmux.keys("Enter")
    try tmux.wait(for: "Escalation      LL-2026-001")
    // Down to the Escalation row (End, under this tmux, arrives as Esc [ 4 ~).
    try tmux.keys("Down", "Down", "Down", "Down", "Down", "Enter")
    try tmux.wait(for: "Correct LL-2026-001")
    try tmux.keys("Enter")
    try tmux.wait(for: "Correct LL-2026-001 (escalation)")
    try tmux.keys("C-u")
    try tmux.type("Unexplained bruising")
    try tmux.keys("Tab", "Tab", "C-u")
    try tmux.type("DI Smith")
    try tmux.keys("Tab", "Tab")
    try tmux.type("typed the wrong way round")
    try tmux.keys("C-s")
    try tmux.wait(for: "Corrected LL-2026-001")
    try tmux.keys("Escape")
    try tmux.wait(for: "Agenda")
  }

  /// The report screen's sign-off, up to its dialog, which lists the unwritten conclusion.
  func signOffDialog(_ tmux: TmuxSession) throws {
    try tmux.keys("S")
    try tmux.wait(for: "Signed off by:")
    try tmux.type("Head of Safeguarding")
    try tmux.keys("Enter")
    let dialog = try tmux.wait(for: "Sign off CFAG-2026-01?")
    #expect(dialog.contains("conclusion is not written"))
  }
}

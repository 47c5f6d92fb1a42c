import AuditTUI
import CFAGDomain
import CFAGStore
import Foundation
import TUIKit
import Testing

/// Agency returns: the grid against the deadline, typing a return, not involved, withdrawing and
/// undoing, importing a file, templates and the pack.
@Suite struct ReturnsScreenTests {
  @Test func gridShowsReturnedMissingAndTheDeadline() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("3")
    #expect(h.contains("Returns: 3 of 18 in"))
    #expect(h.contains("Returns were due 2026-11-20; overdue:"))
    try WorkflowSnapshot.check(h, "returns")
  }

  @Test func typingAReturnAnswersTheThemeQuestionsAndUndoWithdrawsIt() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("3", "down", "enter")
    try WorkflowSnapshot.check(h, "return-form")
    try h.press("down").type("Referral from school")
    // Past the narrative and the first domain's "Applies" to its question.
    for _ in 0..<6 { try h.press("down") }
    try h.type("yes: chronology on file").press("down", "down").type("partly: seen once")
    try h.press("down", "down").type("no").press("down").type("RI").press("ctrl-s")
    let record = try h.record("CFAG-2026-01")
    let typed = record.returns.first { $0.reference.value == "MC-100002" }
    #expect(typed?.answers["seen"]?.display == "partly: seen once")
    #expect(typed?.overallGrade == .requiresImprovement)
    try h.press("u")
    #expect(try h.record("CFAG-2026-01").returns.filter { $0.reference.value == "MC-100002" }.isEmpty)
  }

  @Test func anIncompleteReturnIsSavedAsADraftAndAWrongAnswerRefused() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("3", "down", "enter", "down").type("Known from school").press("ctrl-s")
    #expect(try h.record("CFAG-2026-01").returns.count == 4)
    #expect(h.contains("draft, 4 left"))
    try h.press("down", "enter", "down").type("Known from school")
    for _ in 0..<6 { try h.press("down") }
    try h.type("maybe").press("down").press("ctrl-s")
    #expect(h.state.status?.text.contains("\"maybe\" is not yes/partly/no/n/a") == true)
    guard case .form(let form) = h.state.overlay else {
      Issue.record("the form closed on a refused answer")
      return
    }
    #expect(form.fields[form.focus].label == "Was the family history considered?")
    #expect(form.problem?.field == form.focus)
    #expect(try h.record("CFAG-2026-01").returns.count == 4)
  }

  /// Fields of the return form: 0 Involved, 1 Known because, 2-5 the narrative, then each domain's
  /// Applies and question (6-7 Assessment, 8-9 Voice of the child, 10-11 Planning), 12 the grade.
  @Test func oneKeyMarksADomainNotApplicableAndASavedReturnIsCorrectedAndUndone() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("3", "down", "enter", "down").type("Known from school")
    for _ in 0..<5 { try h.press("down") }
    try h.press("n", "down", "down", "down", "y", "down", "down", "n", "down", "r", "ctrl-s")
    var stored = try #require(
      try h.record("CFAG-2026-01").returns.first { $0.reference.value == "MC-100002" })
    #expect(stored.notApplicable == ["assessment"])
    #expect(stored.isComplete(in: TUIFixture.theme))
    #expect(h.contains("✓ returned"))
    try h.press("enter")
    for _ in 0..<9 { try h.press("down") }
    try h.press("ctrl-u", "ctrl-s")
    stored = try #require(try h.record("CFAG-2026-01").returns.first { $0.reference.value == "MC-100002" })
    #expect(stored.answers["seen"] == nil)
    #expect(h.contains("draft, 1 left"))
    try h.press("u")
    stored = try #require(try h.record("CFAG-2026-01").returns.first { $0.reference.value == "MC-100002" })
    #expect(stored.answers["seen"]?.display == "yes")
  }

  @Test func anAgencyTheCandidateListSaysNeverKnewTheChildStartsAsNotInvolved() throws {
    let fixture = try TUIFixture()
    try fixture.workflowAudit()
    let list = "Case Reference,Plan Type,Agencies Known\nMC-100002,CIN,Children's Social Care; MFT\n"
    _ = try fixture.workbench.importCandidates(
      CandidateImportRequest(bytes: Array(list.utf8), fileName: "cases.csv"))
    let h = try Harness(fixture: fixture)
    try h.press("3", "down")
    #expect(h.contains("Returns: 4 of 18 in"))
    #expect(h.contains("never knew the child"))
    try h.press("enter")
    guard case .form(let form) = h.state.overlay else {
      Issue.record("no return form")
      return
    }
    #expect(form.fields[0].value.text == "no")
    try h.press("escape", "right")
    #expect(h.contains("Missing. Enter types it"))
  }

  @Test func notInvolvedThenWithdrawWithAReasonAndUndoPutsItBack() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("3", "down", "n")
    #expect(try h.record("CFAG-2026-01").returns.count == 4)
    try h.press("x").type("Sent in error").press("enter")
    #expect(try h.record("CFAG-2026-01").returns.count == 3)
    try h.press("u")
    #expect(try h.record("CFAG-2026-01").returns.count == 4)
    let history = try h.fixture.workbench.history(.audit("CFAG-2026-01"))
    #expect(history.contains { $0.reason == "Sent in error" })
  }

  @Test func templatesAndThePackAreWrittenAndAFilledReturnImported() throws {
    let h = try WorkflowSnapshot.harness()
    let folder = h.fixture.folder.path
    try h.press("3", "T", "ctrl-u").type("Police").press("down", "down", "ctrl-u").type(folder).press(
      "ctrl-s")
    let template = folder + "/CFAG-2026-01-kent-police-return.csv"
    #expect(FileManager.default.fileExists(atPath: template))
    try h.press("P", "ctrl-u").type(folder + "/pack.html").press("enter")
    #expect(FileManager.default.fileExists(atPath: folder + "/pack.html"))
    try h.press("i").type(folder + "/nothing.csv").press("enter")
    #expect(h.state.status?.text.contains("cannot read") == true)
    try h.press("i").type(template).press("enter")
    #expect(h.contains("nothing is filled in"))
  }
}

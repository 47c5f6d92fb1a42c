import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// Navigation and each action, driven through the real update and effect runner against a
/// temporary database.
@Suite struct StateTests {
  func harness(audit: Bool = true) throws -> (Harness, AuditID?) {
    let fixture = try TUIFixture()
    let id = audit ? try fixture.meetingAudit() : nil
    return (try Harness(fixture: fixture), id)
  }

  func screenName(_ h: Harness) -> String { h.state.screen.name }

  @Test func homeListsAuditsAndTrackerFigures() throws {
    let (h, _) = try harness()
    #expect(h.contains("CFAG-2026-01"))
    #expect(h.contains("3 of 6 graded"))
    #expect(h.contains("Open actions: 0 red · 1 amber"))
    #expect(h.contains("0 overdue"))
  }

  @Test func backAndQuit() throws {
    let (h, _) = try harness()
    try h.press("enter")
    #expect(screenName(h) == "Audit")
    try h.press("esc")
    #expect(screenName(h) == "Home")
    try h.press("q")
    #expect(h.runtime.isFinished)
  }

  @Test func aSearchThatFindsNothingSaysWhatIsSearchedAndEscClearsIt() throws {
    let (h, _) = try harness()
    try h.press("/").type("nothing-like-this")
    #expect(h.contains("Nothing matches: audits, case references"))
    try h.press("esc")
    #expect(h.contains("CFAG-2026-01"))
  }

  @Test func createAuditFromThemeDateAndPanel() throws {
    let (h, _) = try harness(audit: false)
    try h.press("n", "down", "enter")
    try h.press("enter").type("2027-01-15").press("enter")
    try h.press("enter").type("Jo Chair").press("enter")
    try h.press("enter").type("police").press("enter", "esc")
    try h.press("ctrl-s")
    #expect(h.contains("Created CFAG-2027-01"))
    let record = try h.record("CFAG-2027-01")
    #expect(record.audit.theme.id == "neglect")
    #expect(record.audit.chair == "Jo Chair")
    #expect(record.audit.panelAgencies == ["kent-police"])
  }

  @Test func createRefusesWithoutADate() throws {
    let (h, _) = try harness(audit: false)
    try h.press("n", "enter", "ctrl-s")
    #expect(h.contains("Error: an audit needs its meeting date"))
    try h.press("enter").type("1 Dec").press("enter")
    #expect(h.contains("is not a date"))
  }

  @Test func addCasesKeepsTheFormOpenAndRefusesNames() throws {
    let (h, id) = try harness()
    try h.press("enter", "a").type("MC-300001").press("enter", "enter")
    try h.type("MC-300002").press("enter", "enter")
    try h.type("Jo Bloggs").press("ctrl-s")
    #expect(h.state.status?.text.contains("reference \"Jo Bloggs\"") == true)
    try h.press("esc", "d")
    let refs = try h.record(id!).includedCases.map(\.reference.value)
    #expect(refs.suffix(2) == ["MC-300001", "MC-300002"])
  }

  @Test func removeCaseAndUndoRedo() throws {
    let (h, id) = try harness()
    try h.press("enter", "end", "x").type("Duplicate of another case").press("enter")
    #expect(try h.record(id!).includedCases.count == 5)
    try h.press("u")
    #expect(try h.record(id!).includedCases.count == 6)
    try h.press("ctrl-r")
    #expect(try h.record(id!).includedCases.count == 5)
  }

  @Test func editAuditFieldSavesAtOnceAndUndoes() throws {
    let (h, id) = try harness()
    try h.press("enter", "tab", "down", "down", "enter", "ctrl-u").type("Deputy chair").press("enter")
    #expect(try h.record(id!).audit.chair == "Deputy chair")
    try h.press("u")
    #expect(try h.record(id!).audit.chair == "Head of Safeguarding")
  }

  @Test func gradingNeedsARationaleThenSavesAtOnce() throws {
    let (h, id) = try harness()
    try h.press("enter", "end", "enter", "g")
    #expect(h.contains("Rationale for MC-100006: Good"))
    try h.press("ctrl-s")
    #expect(h.contains("Error: Rationale: a grade needs a written rationale"))
    try h.type("Seen alone, plan on time.").press("ctrl-s")
    let assessment = try h.record(id!).assessment(for: CaseReference(trusted: "MC-100006"))
    #expect(assessment?.overall == .good)
    #expect(assessment?.rationale == "Seen alone, plan on time.")
    try h.press("u")
    #expect(h.contains("Undone: graded MC-100006 good"))
    #expect(try h.record(id!).assessment(for: CaseReference(trusted: "MC-100006")) == nil)
  }

  @Test func regradeKeepsRationaleAndUndoRestores() throws {
    let (h, id) = try harness()
    try h.press("enter", "enter", "i")
    let ref = CaseReference(trusted: "MC-100001")
    #expect(try h.record(id!).assessment(for: ref)?.overall == .inadequate)
    #expect(h.contains("Escalate MC-100001?"))
    try h.press("n")
    #expect(h.state.status?.text == "Not escalated; ! escalates MC-100001 at any time.")
    #expect(try h.record(id!).assessment(for: ref)?.rationale.hasPrefix("Assessment was timely") == true)
    try h.press("u")
    #expect(try h.record(id!).assessment(for: ref)?.overall == .requiresImprovement)
    try h.press("ctrl-r")
    #expect(try h.record(id!).assessment(for: ref)?.overall == .inadequate)
  }

  @Test func tagsPickedFromKnownOrTypedNewAndUndone() throws {
    let (h, id) = try harness()
    let ref = CaseReference(trusted: "MC-100002")
    try h.press("enter", "down", "enter")
    #expect(h.state.knownTags == nil, "the tags are read when their picker first opens, not at start")
    try h.press("t")
    #expect(h.contains("[ ] chronology missing"))
    try h.type("chronology").press("enter")
    try h.press("ctrl-u").type("Drift in planning").press("enter", "esc")
    #expect(
      try h.record(id!).assessment(for: ref)?.findings.map(\.value) == [
        "chronology-missing", "drift-in-planning",
      ])
    try h.press("u")
    #expect(try h.record(id!).assessment(for: ref)?.findings.map(\.value) == ["chronology-missing"])
  }

  @Test func onceReadTheTagsAreReadAgainWithTheAuditList() throws {
    let (h, id) = try harness()
    try h.press("enter", "down", "enter", "t", "esc")
    #expect(h.state.knownTags?.contains(FindingTag(trusted: "chronology-missing")) == true)
    try h.fixture.workbench.setFindings(id!, reference: "MC-100001", findings: ["Unclear threshold"])
    for message in h.runner.run(.refresh(auditID: nil)) { try h.runtime.send(message) }
    #expect(h.state.knownTags?.contains(FindingTag(trusted: "unclear-threshold")) == true)
  }

  @Test func domainGradeGoodPracticeAndVoice() throws {
    let (h, id) = try harness()
    let ref = CaseReference(trusted: "MC-100002")
    try h.press("enter", "down", "enter", "tab", "tab", "down", "enter")
    try h.press("down", "down", "enter")
    #expect(try h.record(id!).assessment(for: ref)?.domainGrades["voice"] == .graded(.inadequate))
    try h.press("b").type("Clear plan shared with school.").press("ctrl-s")
    try h.press("v").type("Wants to stay at the same school.").press("ctrl-s")
    let assessment = try h.record(id!).assessment(for: ref)
    #expect(assessment?.goodPractice == "Clear plan shared with school.")
    #expect(assessment?.voiceOfChild == "Wants to stay at the same school.")
    #expect(assessment?.rationale == "Strong multi-agency plan.")
  }

  @Test func escalationRecordsAnUrgentActionWithOwnerAndLead() throws {
    let (h, id) = try harness()
    try h.press("enter", "down", "enter", "!").type("police").press("enter")
    try h.type("Unexplained injury").press("enter").type("DI Smith").press("enter")
    let actions = try h.fixture.workbench.actions(audit: id!)
    let action = try #require(actions.first { $0.text.contains("Unexplained injury") })
    #expect(action.owner == "kent-police")
    #expect(action.lead == "DI Smith")
    #expect(action.urgent)
    #expect(h.contains("Escalated MC-100002. Urgent action \(action.id) recorded."))
    #expect(try h.record(id!).assessment(for: CaseReference(trusted: "MC-100002"))?.escalated == true)
  }

  @Test func casePanelMovesBetweenCasesAndAgencies() throws {
    let (h, _) = try harness()
    try h.press("enter", "enter")
    #expect(h.contains("Case A · MC-100001 · 1 of 6"))
    #expect(h.contains(" Police "))
    try h.press("]")
    try h.press("n")
    #expect(h.contains("Case B · MC-100002 · 2 of 6"))
    try h.press("p", "p")
    #expect(h.contains("This is the first case."))
  }

  @Test func meetingTimerBudgetAndSummaryAtTheEnd() throws {
    let (h, _) = try harness()
    try h.press("m")
    #expect(h.contains("6 h · 1:00:00 each"))
    try h.tick(3_700)
    #expect(h.contains("OVER BUDGET by 01:40"))
    try h.press("l", "ctrl-u").type("3").press("enter")
    #expect(h.contains("3 h · 30:00 each"))
    try h.press("n", "n", "n", "n", "n")
    #expect(h.contains("Case F · 6 of 6"))
    try h.press("n")
    #expect(h.state.screen.name == "Summary")
    #expect(h.contains("1 of the 6 cases"))
    #expect(h.contains("2   child not seen alone"))
    #expect(h.contains("Escalations made (1)"))
  }

  @Test func paletteRunsAnActionByName() throws {
    let (h, _) = try harness()
    try h.press("m", ":").type("summary").press("enter")
    #expect(h.state.screen.name == "Summary")
  }

  @Test func helpIsFilterable() throws {
    let (h, _) = try harness()
    try h.press("m", "?").type("escalate")
    #expect(h.contains("Escalate — urgent action"))
    #expect(!h.contains("Previous case"))
    try h.press("esc")
    #expect(h.state.overlay == nil)
  }

  @Test func editorAsksBeforeThrowingTextAway() throws {
    let (h, _) = try harness()
    try h.press("enter", "end", "enter", "r").type("Half a thought")
    try h.press("esc")
    #expect(h.contains("Warning: The text is not saved"))
    try h.press("esc")
    #expect(h.state.overlay == nil)
  }
}

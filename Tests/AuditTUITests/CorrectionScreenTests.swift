import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// Putting right what was saved from the screens where it is seen: an escalation from the case
/// panel, any action from the tracker, each undone with u.
@Suite struct CorrectionScreenTests {
  /// The meeting audit, with the case panel of the escalated case MC-100003 open.
  static func escalatedCase() throws -> (Harness, ActionID) {
    let fixture = try TUIFixture()
    let id = try fixture.meetingAudit()
    let escalation = try #require(
      try fixture.workbench.actions(audit: id).first { $0.urgent }?.id)
    let h = try Harness(fixture: fixture, size: Size(width: 100, height: 30))
    try h.press("enter", "down", "down", "enter")
    #expect(h.contains("Case C · MC-100003"))
    return (h, escalation)
  }

  @Test func aSwappedConcernAndLeadArePutRightFromTheCasePanelAndUndone() throws {
    let (h, id) = try Self.escalatedCase()
    let before = try h.fixture.workbench.action(id)
    #expect(h.contains("Escalation      \(id)"))
    try h.press("end", "enter")
    #expect(h.contains("Correct \(id): No visit since September"))
    try h.press("enter")
    #expect(h.contains("Correct \(id) (escalation)"))
    try h.press("ctrl-u").type("Team manager").press("tab", "tab", "ctrl-u").type("No visit since September")
    try h.press("tab", "tab").type("typed the wrong way round").press("ctrl-s")
    var action = try h.fixture.workbench.action(id)
    #expect(action.text == "Immediate concern: Team manager")
    #expect(action.lead == "No visit since September")
    #expect(h.state.status?.text.hasPrefix("Corrected \(id).") == true)
    #expect(
      try h.fixture.workbench.history(.action(id)).contains {
        $0.field == "lead" && $0.reason == "typed the wrong way round"
      })
    try h.press("u")
    action = try h.fixture.workbench.action(id)
    #expect(action.text == before.text)
    #expect(action.lead == before.lead)
  }

  @Test func raisingAnotherEscalationIsStillOffered() throws {
    let (h, _) = try Self.escalatedCase()
    try h.press("end", "enter", "down", "enter")
    #expect(h.contains("which agency owns the urgent action?"))
  }

  @Test func anyActionIsCorrectedFromTheTrackerAndAnUnknownOwnerIsRefused() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("7")
    let id = ActionsUpdateProbe.firstID(h)
    let before = try h.fixture.workbench.action(id)
    try h.press("e")
    #expect(h.contains("Correct \(id)"))
    try h.press("tab", "ctrl-u").type("the fire brigade").press("ctrl-s")
    #expect(h.state.status?.level == .error)
    #expect(try h.fixture.workbench.action(id).owner == before.owner)
    try h.press("ctrl-u").type("police").press("tab", "ctrl-u").type("DI Jones").press("ctrl-s")
    let after = try h.fixture.workbench.action(id)
    #expect(after.owner == "kent-police")
    #expect(after.lead == "DI Jones")
    try h.press("u")
    #expect(try h.fixture.workbench.action(id).lead == before.lead)
  }

  @Test func aRecommendationsTextIsCorrectedFromTheFindingsScreenAndUndone() throws {
    let h = try WorkflowSnapshot.harness()
    let audit = try h.fixture.workbench.auditSummaries()[0].id
    try h.press("5", "tab", "e", "ctrl-u").type("Every visit records whether the child was seen alone")
    try h.press("ctrl-s")
    #expect(
      try h.record(audit).recommendations[0].text == "Every visit records whether the child was seen alone")
    try h.press("u")
    #expect(
      try h.record(audit).recommendations[0].text
        == "Every CIN visit records whether the child was seen alone")
  }
}

import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// Findings and recommendations: tags with counts and cases; writing, editing and deleting
/// recommendations (with undo); raising an action with owner, lead and due date.
@Suite struct FindingsScreenTests {
  @Test func tagsWithCountsAndTheirCasesBesideTheRecommendations() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("5")
    #expect(h.contains("2   child not seen alone"))
    #expect(h.contains("Case A  MC-100001"))
    #expect(h.contains("R-1"))
    try WorkflowSnapshot.check(h, "findings")
  }

  @Test func writeEditAndDeleteARecommendationEachUndoable() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("5", "down", "a").type("Chronologies on every CIN file").press("ctrl-s")
    var record = try h.record("CFAG-2026-01")
    #expect(record.recommendations.map(\.text).last == "Chronologies on every CIN file")
    #expect(record.recommendations.last?.findings.map(\.value) == ["chronology-missing"])
    let id = record.recommendations.last!.id
    try h.press("e", "ctrl-u").type("Chronologies kept on every CIN file").press("ctrl-s")
    #expect(try h.record("CFAG-2026-01").recommendations.last?.text == "Chronologies kept on every CIN file")
    try h.press("u")
    #expect(try h.record("CFAG-2026-01").recommendations.last?.text == "Chronologies on every CIN file")
    try h.press("x")
    #expect(h.contains("Delete \(id)?"))
    try h.press("y")
    record = try h.record("CFAG-2026-01")
    #expect(!record.recommendations.contains { $0.id == id })
    try h.press("u")
    #expect(
      try h.record("CFAG-2026-01").recommendations.contains {
        $0.id == id && $0.text == "Chronologies on every CIN file"
      })
  }

  @Test func aRecommendationWithActionsCannotBeDeleted() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("5", "tab", "x", "y")
    #expect(h.state.status?.level == .error)
    #expect(try h.record("CFAG-2026-01").recommendations.count == 1)
  }

  @Test func raiseAnActionPickingTheOwnerFromTheAgencyList() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("5", "tab", "A")
    #expect(h.contains("which agency owns it?"))
    try h.type("police").press("enter").type("DI Patel").press("ctrl-s")
    let actions = try h.fixture.workbench.actions(audit: "CFAG-2026-01")
    let raised = actions.first { $0.lead == "DI Patel" }
    #expect(raised?.owner == "kent-police")
    #expect(raised?.due == Day(iso: "2027-02-23"))
    #expect(raised?.source == .recommendation(id: "R-1", auditID: "CFAG-2026-01"))
  }
}

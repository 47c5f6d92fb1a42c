import CFAGDomain
import GRDB
import Testing

@testable import CFAGStore

/// The history people read back from the change log, and what the writer records.
struct ChangeLogTests {
  @Test func anAuditsHistoryNamesWhoWhenWhatAndWhy() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try fixture.workbench.grade(
      id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "Worse"))
    let history = try fixture.workbench.history(.audit(id))
    #expect(history.allSatisfy { $0.auditID == id.rawValue })
    #expect(history.map(\.sequence) == history.map(\.sequence).sorted())
    let change = try #require(
      history.last { $0.entity == "assessment" && $0.field == "overall_grade" && $0.oldValue != nil })
    #expect(change.entityID == "\(id)/MC-1001")
    #expect(change.oldValue == "good")
    #expect(change.newValue == "inadequate")
    #expect(change.actor == "Tester")
    #expect(change.at == "2026-11-23T10:00:00.000Z")
    let escalation = try #require(
      history.first { $0.entity == "assessment" && $0.field == "escalated" && $0.oldValue != nil })
    #expect(escalation.reason == "Unsafe")
  }

  @Test func aCasesHistoryHoldsItsSelectionAndGradeOnly() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let history = try fixture.workbench.history(.auditCase(audit: id, reference: "MC-1002"))
    #expect(Set(history.map(\.entity)) == ["audit_case", "assessment"])
    #expect(history.allSatisfy { $0.entityID == "\(id)/MC-1002" })
    #expect(history.contains { $0.field == "*" && $0.newValue == "created" })
  }

  @Test func anActionsHistoryIncludesItsProgressNotes() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let actionID = try #require(try fixture.workbench.actions(audit: id).first?.id)
    let history = try fixture.workbench.history(.action(actionID))
    #expect(!history.isEmpty)
    #expect(
      history.allSatisfy {
        $0.entityID == actionID.rawValue || $0.entityID.hasPrefix(actionID.rawValue + "/")
      })
    #expect(
      try fixture.workbench.history(.action(actionID)).allSatisfy { $0.entity.hasPrefix("action") })
  }

  @Test func defaultsTheSchemaFillsInAreLoggedSoVerifyPasses() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try fixture.workbench.store.perform(as: "T", at: "2026-11-23T11:00:00.000Z") { tx in
      try tx.insert(
        RecommendationTable.self, id: "R-50", auditID: id,
        [
          (RecommendationTable.auditID, id.sqlValue), (RecommendationTable.text, "Short".sqlValue),
          (RecommendationTable.position, "7".sqlValue),
        ])
    }
    let logged = try fixture.workbench.history(.recommendation("R-50"))
    #expect(logged.contains { $0.field == "findings_json" && $0.newValue == "[]" })
    #expect(logged.contains { $0.field == "position" && $0.newValue == "7" })
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test func anUpdateThatStoresTheSameValueLogsNothing() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let before = try fixture.workbench.history().count
    let changed = try fixture.workbench.store.perform(as: "T", at: "t") { tx in
      try tx.update(
        RecommendationTable.self, id: "R-1", auditID: id, [(RecommendationTable.position, "1".sqlValue)])
    }
    #expect(changed.value == false)
    #expect(try fixture.workbench.history().count == before)
  }

  @Test("the check for others' changes gives the newest change's actor and time, nil when none")
  func latestChangeNamesWhoAndWhen() throws {
    let fixture = try StoreFixture()
    let head = try fixture.workbench.head()
    #expect(try fixture.workbench.latestChange(after: head) == nil)
    _ = try fixture.audit(cases: 1)
    let change = try #require(try fixture.workbench.latestChange(after: head))
    #expect(change.sequence == (try fixture.workbench.head()))
    #expect(change.actor == "Tester")
    #expect(change.at == "2026-11-23T10:00:00.000Z")
    #expect(try fixture.workbench.latestChange(after: change.sequence) == nil)
  }
}

import CFAGDomain
import CFAGStore
import Foundation
import Testing

/// Rules that live in the operations, so the CLI, the screens and every import get them alike.
@Suite struct OperationRulesTests {
  @Test func freeTextWarningsComeBackFromEveryTextOperation() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 3)
    let workbench = fixture.workbench
    let escalated = try workbench.escalate(
      id, reference: "MC-1001", reason: "Mr Smith shouted at the baby", owner: "police", lead: "DS Jones")
    #expect(escalated.warnings.map(\.field) == [.concern])
    #expect(escalated.warnings.map(\.kind) == [.name])
    let recommended = try workbench.recommend(id, text: "Kayden Smith was seen at ME4 4TR", findings: [])
    #expect(recommended.warnings.map(\.kind) == [.name, .postcode])
    let graded = try workbench.grade(
      id, reference: "MC-1001", GradeInput(overall: .good, rationale: "Timely; sibling of mc-1002 seen"))
    #expect(graded.warnings.map(\.kind) == [.caseReference])
    #expect(graded.warnings.first?.written == "mc-1002")
    let action = try workbench.addAction(
      NewAction(
        source: .recommendation(recommended.value), owner: "police", lead: "DI Lane",
        due: Day(iso: "2027-03-31")!, text: "Review the MC 1003 plan"))
    #expect(action.warnings.map(\.kind) == [.caseReference])
    let plain = try workbench.grade(
      id, reference: "MC-1002", GradeInput(overall: .good, rationale: "Purposeful plan; the child was seen"))
    #expect(plain.warnings.isEmpty)
  }

  @Test func aSaveOverAFieldChangedSinceItWasShownIsRefused() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 2)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "First view"))
    let shown = try fixture.workbench.head()
    let other = try Workbench(
      store: fixture.workbench.store,
      session: Session(
        actor: "Panel member", today: Day(iso: "2026-11-23")!, clock: { "2026-11-23T11:05:00.000Z" }))
    try other.grade(
      id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "Changed elsewhere"))
    let before = try fixture.dump()
    let stale = fixture.workbench.expecting(unchangedSince: shown)
    #expect {
      try stale.grade(id, reference: "MC-1001", GradeInput(overall: .requiresImprovement, rationale: "Mine"))
    } throws: { error in
      guard case DomainError.conflict(let conflict) = error else { return false }
      return conflict.actor == "Panel member" && conflict.what.contains("MC-1001")
        && error.localizedDescription.isEmpty == false
    }
    #expect(try fixture.dump() == before)
    // Another case, or a field nobody changed, saves as usual.
    try stale.grade(id, reference: "MC-1002", GradeInput(overall: .good, rationale: "Untouched case"))
    _ = try stale.escalate(
      id, reference: "MC-1001", reason: "No safety plan", owner: "police", lead: "DS Jones")
    // Reloaded, the same save goes through.
    let reloaded = fixture.workbench.expecting(unchangedSince: try fixture.workbench.head())
    try reloaded.grade(id, reference: "MC-1001", GradeInput(overall: .requiresImprovement, rationale: "Mine"))
    #expect(
      try fixture.workbench.record(id).assessment(for: CaseReference(trusted: "MC-1001"))?.rationale == "Mine"
    )
  }

  @Test func undoingADomainGradePutsTheAssessmentBackExactly() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    let reference = CaseReference(trusted: "MC-1001")
    let earlier = try fixture.workbench.grade(
      id, reference: "MC-1001", GradeInput(overall: .good, rationale: "Sound", findings: ["timely"])
    ).value
    try fixture.workbench.grade(
      id, reference: "MC-1001",
      GradeInput(overall: .good, rationale: "Sound", domainGrades: ["assessment": .graded(.inadequate)]))
    let records = try fixture.workbench.history().count
    try fixture.workbench.restoreAssessment(id, reference: reference, to: earlier)
    let restored = try fixture.workbench.record(id).assessment(for: reference)
    #expect(restored == earlier)
    #expect(restored?.domainGrades.isEmpty == true)
    let undo = try fixture.workbench.history().dropFirst(records)
    #expect(Set(undo.map(\.at)).count == 1 && undo.allSatisfy { $0.reason == "undo" })
  }

  @Test func undoingACaseFirstGradeTakesItBack() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    let reference = CaseReference(trusted: "MC-1001")
    try fixture.workbench.grade(
      id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "No plan"))
    try fixture.workbench.restoreAssessment(id, reference: reference, to: nil)
    #expect(try fixture.workbench.record(id).assessment(for: reference) == nil)
  }

  @Test func aDeletedRecommendationComesBackUnderItsOwnID() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    let first = try fixture.workbench.recommend(id, text: "Relaunch the policy", findings: ["late referral"])
      .value
    let recommendation = try #require(try fixture.workbench.record(id).recommendations.first)
    try fixture.workbench.deleteRecommendation(first)
    try fixture.workbench.restoreRecommendation(recommendation)
    #expect(try fixture.workbench.record(id).recommendations == [recommendation])
  }

  @Test func errorsNameTheirFieldWithoutAnyFlag() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    #expect {
      try fixture.workbench.escalate(id, reference: "MC-1001", reason: "Worried", owner: "police", lead: " ")
    } throws: { error in
      guard let error = error as? DomainError else { return false }
      return error.code == "missing" && error.field == .lead && !error.description.contains("--")
    }
  }
}

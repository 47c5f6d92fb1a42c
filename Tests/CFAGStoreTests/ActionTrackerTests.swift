import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import Testing

struct ActionTrackerTests {
  /// An audit of three graded cases, one recommendation from a finding two of them share, and an
  /// escalation from the third.
  static func audited(_ fixture: StoreFixture) throws -> (
    audit: AuditID, recommendation: RecommendationID, escalation: ActionID
  ) {
    let audit = try fixture.audit(cases: 3)
    for (index, finding) in ["late referral", "late referral", "no voice"].enumerated() {
      try fixture.workbench.grade(
        audit, reference: "MC-\(1001 + index)",
        GradeInput(overall: .requiresImprovement, rationale: "Drift", findings: [finding]))
    }
    let recommendation = try fixture.workbench.recommend(
      audit, text: "Relaunch escalation", findings: ["late referral"]
    ).value
    let escalation = try fixture.workbench.escalate(
      audit, reference: "MC-1003", reason: "No safety plan", owner: "social care", lead: "TM Jones"
    ).value
    return (audit, recommendation, escalation)
  }

  static func raise(
    _ fixture: StoreFixture, _ source: NewAction.Source, owner: String = "police", due: String
  )
    throws -> ActionID
  {
    try fixture.workbench.addAction(
      NewAction(
        source: source, owner: owner, lead: "DI Lane", due: Day(iso: due)!,
        text: "Brief all officers on the escalation policy and audit 20 referrals")
    ).value.id
  }

  @Test func anActionLinksBackToItsFindingsAndCases() throws {
    let fixture = try StoreFixture()
    let (audit, recommendation, escalation) = try Self.audited(fixture)
    let id = try Self.raise(fixture, .recommendation(recommendation), due: "2027-02-01")
    let trail = try fixture.workbench.actionTrail(id)
    #expect(trail.action.source == .recommendation(id: recommendation, auditID: audit))
    #expect(trail.recommendation?.text == "Relaunch escalation")
    #expect(trail.findings.map(\.value) == ["late-referral"])
    #expect(trail.cases.map(\.reference.value) == ["MC-1001", "MC-1002"])
    #expect(trail.cases.map(\.label) == ["Case A", "Case B"])
    let urgent = try fixture.workbench.actionTrail(escalation)
    #expect(urgent.cases.map(\.reference.value) == ["MC-1003"])
    #expect(urgent.cases.first?.escalated == true)
    let fromCase = try fixture.workbench.actionTrail(
      Self.raise(fixture, .audit(audit, reference: "MC-1002"), due: "2027-02-01"))
    #expect(fromCase.cases.map(\.reference.value) == ["MC-1002"])
  }

  @Test func aSignedOffAuditStillTakesActionsButLinksMustExist() throws {
    let fixture = try StoreFixture()
    let (audit, recommendation, _) = try Self.audited(fixture)
    try fixture.workbench.signOff(audit, by: "Chair")
    #expect(try Self.raise(fixture, .recommendation(recommendation), due: "2027-02-01") == "LL-2026-002")
    let before = try fixture.dump()
    #expect(throws: DomainError.notFound(kind: "recommendation", id: "R-99")) {
      try Self.raise(fixture, .recommendation("R-99"), due: "2027-02-01")
    }
    #expect(throws: DomainError.self) {
      try Self.raise(fixture, .audit(audit, reference: "MC-9999"), due: "2027-02-01")
    }
    #expect(try fixture.dump() == before)
  }

  @Test func anActionHasExactlyOneOwner() throws {
    let fixture = try StoreFixture()
    let before = try fixture.dump()
    for owners in ["police, health", "police/MFT", "schools"] {
      #expect(throws: DomainError.self) {
        try Self.raise(fixture, .other("LCSPR Smith family"), owner: owners, due: "2027-01-01")
      }
    }
    #expect(try fixture.dump() == before)
    let id = try Self.raise(fixture, .other("LCSPR Smith family"), owner: "NHS K&M", due: "2027-01-01")
    #expect(try fixture.workbench.action(id).owner == "nhs-kent-and-medway")
  }

  @Test func closureRequiresEvidenceAndLeavesTheDatabaseUnchangedWithout() throws {
    let fixture = try StoreFixture()
    let id = try Self.raise(fixture, .other("LCSPR Smith family"), due: "2027-01-01")
    try fixture.workbench.updateAction(id, ActionUpdate(status: .complete))
    let before = try fixture.dump()
    #expect(throws: DomainError.self) { try fixture.workbench.closeAction(id, by: "Chair") }
    #expect(try fixture.dump() == before)
    try fixture.workbench.closeAction(id, by: "Chair", evidence: "Referrals on time in 9 of 10 files")
    let closed = try fixture.workbench.action(id)
    #expect(closed.status == .closed && closed.closure?.by == "Chair")
    try fixture.workbench.reopenAction(id, reason: "New case shows the same gap")
    let reopened = try fixture.workbench.action(id)
    #expect(reopened.status == .inProgress)
    #expect(reopened.progress.last?.author == "Tester")
  }

  @Test func listsUrgentFirstThenByDueAndFilters() throws {
    let fixture = try StoreFixture()
    let (audit, recommendation, escalation) = try Self.audited(fixture)
    let late = try Self.raise(fixture, .recommendation(recommendation), due: "2026-11-01")
    let later = try Self.raise(fixture, .other("LCSPR"), owner: "MFT", due: "2027-06-01")
    #expect(try fixture.workbench.actions(ActionFilter()).map(\.id) == [escalation, late, later])
    #expect(try fixture.workbench.actions(ActionFilter(overdue: true)).map(\.id) == [late])
    #expect(try fixture.workbench.actions(ActionFilter(agency: "MFT")).map(\.id) == [later])
    #expect(try fixture.workbench.actions(ActionFilter(rag: .red)).map(\.id) == [late])
    #expect(
      try fixture.workbench.actions(ActionFilter(audit: AuditID(audit.rawValue.lowercased()))).map(\.id) == [
        escalation, late,
      ])
  }

  @Test func progressNotesRecordWhoAndWhen() throws {
    let fixture = try StoreFixture()
    let id = try Self.raise(fixture, .other("LCSPR"), due: "2027-01-01")
    try fixture.workbench.updateAction(id, ActionUpdate(progress: "First"))
    try fixture.workbench.updateAction(id, ActionUpdate(progress: "Second"))
    let notes = try fixture.workbench.action(id).progress
    #expect(notes.map(\.text) == ["First", "Second"])
    #expect(notes.allSatisfy { $0.author == "Tester" && $0.on == Day(iso: "2026-11-23") })
    #expect(try fixture.workbench.actions(ActionFilter()).first?.progress.map(\.text) == ["First", "Second"])
  }
}

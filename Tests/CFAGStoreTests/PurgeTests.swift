import CFAGDomain
import CFAGStore
import GRDB
import Testing

/// Retention: case-level detail goes, from the records and from the log; figures and actions stay.
struct PurgeTests {
  static func gradedWithDetail() throws -> (StoreFixture, AuditID) {
    let (fixture, id) = try VerifyTests.meeting(today: "2033-01-10")
    try fixture.workbench.grade(
      id, reference: "MC-1001",
      GradeInput(
        overall: .good, rationale: "Secret rationale detail", goodPractice: "Secret practice",
        voiceOfChild: "Secret voice"))
    _ = try fixture.workbench.addReturn(
      id,
      ReturnInput(
        reference: "MC-1001", agency: "police", involved: true, knownBecause: "Secret known",
        answers: ["history": "partly: Secret note", "seen": "yes"], overallGrade: .good))
    try fixture.workbench.signOff(id, by: "Chair")
    return (fixture, id)
  }

  @Test func aPurgeRemovesTheTextKeepsTheFiguresAndStillVerifies() throws {
    let (fixture, id) = try Self.gradedWithDetail()
    let before = try fixture.workbench.record(id)
    let report = try fixture.workbench.purge(before: Day(iso: "2026-12-02")!, dryRun: false)
    #expect(report.audits.map(\.auditID) == [id])
    #expect(
      report.audits.first?.fields == ["assessment": 5, "agency_return": 2, "audit_case": 3, "action": 1])
    let after = try fixture.workbench.record(id)
    #expect(after.distribution == before.distribution)
    #expect(after.findingCounts == before.findingCounts)
    #expect(after.recommendations == before.recommendations)
    #expect(after.assessments.allSatisfy { $0.rationale == "[purged 2033-01-10]" })
    #expect(after.assessment(for: CaseReference(trusted: "MC-1001"))?.voiceOfChild == "[purged 2033-01-10]")
    #expect(try fixture.workbench.actions(audit: id).count == 1)
    let police = try #require(after.returns.first)
    #expect(police.knownBecause == "[purged 2033-01-10]")
    #expect(police.answers["history"] == Answer(choice: .partly, text: "[purged 2033-01-10]"))
    #expect(police.answers["seen"]?.choice == .yes)
    #expect(police.overallGrade == .good)
    #expect(!(try fixture.dump()).contains("Secret"))
    #expect(!(try fixture.dump()).contains("chosen by the Executive"))
    #expect(!(try fixture.dump()).contains("Unsafe"))
    let report2 = try fixture.workbench.store.verify()
    #expect(report2.problems == [])
    #expect(report2.purgedTexts > 0)
    let history = try fixture.workbench.history(
      .assessment(audit: id, reference: CaseReference(trusted: "MC-1001")))
    let purge = try #require(history.last { $0.field == "rationale" })
    #expect(purge.oldValue == ChangeChain.purgedText)
    #expect(purge.newValue == "[purged 2033-01-10]")
    #expect(purge.reason?.contains("retention") == true)
  }

  @Test func aDryRunChangesNothingAndAPurgeRunsOnce() throws {
    let (fixture, id) = try Self.gradedWithDetail()
    let dump = try fixture.dump()
    let dry = try fixture.workbench.purge(before: Day(iso: "2026-12-02")!, dryRun: true)
    #expect(dry.total == 11)
    #expect(try fixture.dump() == dump)
    #expect(try fixture.workbench.purge(before: Day(iso: "2026-12-02")!, dryRun: false).total == 11)
    #expect(try fixture.workbench.purge(before: Day(iso: "2026-12-02")!, dryRun: false).audits == [])
    #expect(try fixture.workbench.purge(before: Day(iso: "2026-12-01")!, dryRun: true).audits == [])
    _ = id
  }

  @Test func aPurgeOfTheFutureIsRefused() throws {
    let (fixture, _) = try Self.gradedWithDetail()
    #expect(throws: DomainError.self) {
      try fixture.workbench.purge(before: Day(iso: "2033-01-11")!, dryRun: true)
    }
  }
}

import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

struct WorkbenchAuditTests {
  @Test func createsAnAuditWithItsOwnCopyOfTheTheme() throws {
    let fixture = try StoreFixture()
    let id = try fixture.workbench.createAudit(
      theme: StoreFixture.theme,
      details: AuditDetails(
        title: "CIN audit", meetingDate: Day(iso: "2026-12-01"), chair: "Chair",
        panelAgencies: ["police", "MFT"]))
    #expect(id == "CFAG-2026-01")
    let record = try fixture.workbench.record(id)
    #expect(record.audit.title == "CIN audit")
    #expect(record.audit.theme == StoreFixture.theme)
    #expect(record.audit.panelAgencies == ["kent-police", "medway-nhs-foundation-trust"])
    #expect(record.stage == .planning)
    let second = try fixture.audit(cases: 0)
    #expect(second == "CFAG-2026-02")
  }

  @Test("the home screen's one snapshot reads what the separate reads give")
  func homeReadingIsTheSeparateReads() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 2)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "Clear plan"))
    let reading = try fixture.workbench.homeReading()
    #expect(reading.head == (try fixture.workbench.head()))
    #expect(reading.summaries == (try fixture.workbench.auditSummaries()))
    #expect(reading.summaries.first?.distribution.good == 1)
    #expect(reading.standings == (try fixture.workbench.openActionStandings()))
    #expect(reading.directory.agencies == (try fixture.workbench.agencyDirectory().agencies))
  }

  @Test("the audit list is newest meeting first, then the later id; the agencies in their list's order")
  func listOrders() throws {
    let fixture = try StoreFixture()
    for day in ["2026-03-02", "2026-05-01", "2026-03-02", "2025-12-22", "2026-03-02"] {
      _ = try fixture.workbench.createAudit(
        theme: StoreFixture.theme, details: AuditDetails(meetingDate: Day(iso: day)!, panelAgencies: []))
    }
    let summaries = try fixture.workbench.auditSummaries()
    let newestFirst = ["2026-05-01", "2026-03-02", "2026-03-02", "2026-03-02", "2025-12-22"]
    #expect(summaries.map(\.meetingDate.iso) == newestFirst)
    let sameDay = summaries.filter { $0.meetingDate.iso == "2026-03-02" }.map(\.id.rawValue)
    #expect(Set(sameDay).count == 3)
    #expect(sameDay == sameDay.sorted(by: >))
    #expect(try fixture.workbench.homeReading().summaries == summaries)
    let added = try fixture.workbench.addAgency(name: "Medway Youth Service", shortName: nil, kind: .relevant)
    let agencies = try fixture.workbench.agencyDirectory().agencies.map(\.id)
    #expect(agencies == AgencyDirectory.seed.map(\.id) + [added.id])
  }

  @Test func aWholeAuditRunHeadless() throws {
    let fixture = try StoreFixture()
    let workbench = fixture.workbench
    let id = try fixture.audit(cases: 6)
    let grades: [Grade] = [
      .good, .requiresImprovement, .requiresImprovement, .requiresImprovement, .requiresImprovement,
      .inadequate,
    ]
    for (index, grade) in grades.enumerated() {
      try workbench.grade(
        id, reference: "MC-\(1001 + index)",
        GradeInput(
          overall: grade, rationale: "Rationale \(index)",
          domainGrades: ["assessment": .graded(grade), "voice": .notApplicable],
          findings: index == 0
            ? ["Escalation policy not used"] : ["process driven", "escalation-policy-not-used"]))
    }
    let action = try workbench.escalate(
      id, reference: "MC-1006", reason: "No safety plan", owner: "social care", lead: "TM"
    ).value
    let recommendation = try workbench.recommend(
      id, text: "Relaunch the escalation policy", findings: ["escalation policy not used"]
    ).value
    let record = try workbench.record(id)
    #expect(
      record.distribution == GradeDistribution(good: 1, requiresImprovement: 4, inadequate: 1, cases: 6))
    #expect(record.stage == .reporting)
    #expect(record.assessment(for: CaseReference(trusted: "MC-1006"))?.escalated == true)
    #expect(record.findingCounts.first?.tag.value == "escalation-policy-not-used")
    #expect(record.findingCounts.first?.cases.count == 6)
    #expect(record.recommendations.map(\.id) == [recommendation])
    let raised = try workbench.action(action)
    #expect(raised.urgent)
    #expect(raised.owner == "medway-council-childrens-services")
    #expect(raised.due.iso == "2026-11-25")
    #expect(raised.source == .escalation(auditID: id, reference: CaseReference(trusted: "MC-1006")))
  }

  @Test func gradingAgainReplacesTheGradeAndLogsIt() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "First view"))
    try fixture.workbench.grade(
      id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "On reflection"))
    let record = try fixture.workbench.record(id)
    #expect(record.assessments.count == 1)
    #expect(record.assessments[0].overall == .inadequate)
    let changes = try fixture.workbench.store.read { db in
      try db.rows(
        "SELECT old_value, new_value FROM change_log WHERE entity = 'assessment' AND field = 'overall_grade'"
      )
    }
    #expect(changes.map { $0["new_value"] as String? } == ["good", "inadequate"])
    #expect(changes.last?["old_value"] as String? == "good")
  }

  @Test func refusedChangesLeaveTheDatabaseAsItWas() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 2)
    let before = try fixture.dump()
    #expect(throws: DomainError.self) {
      try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: " "))
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.grade(
        id, reference: "MC-1001",
        GradeInput(overall: .good, rationale: "x", domainGrades: ["nope": .notApplicable]))
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.addCase(id, reference: "Jo Bloggs", reason: "x")
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.addCase(id, reference: "MC-1001", reason: "again")
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.escalate(id, reference: "MC-1001", reason: "r", owner: "Fire brigade", lead: "L")
    }
    #expect(throws: DomainError.self) { try fixture.workbench.recommend(id, text: "", findings: []) }
    #expect(throws: DomainError.self) {
      try fixture.workbench.grade(
        "CFAG-1999-01", reference: "MC-1001", GradeInput(overall: .good, rationale: "x"))
    }
    #expect(try fixture.dump() == before)
  }

  @Test func aSignedOffAuditIsLockedUntilAmended() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 2)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "r"))
    #expect { try fixture.workbench.signOff(id, by: "Chair") } throws: { "\($0)".contains("MC-1002") }
    try fixture.workbench.grade(id, reference: "MC-1002", GradeInput(overall: .good, rationale: "r"))
    try fixture.workbench.signOff(id, by: "Chair")
    #expect {
      try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "r"))
    } throws: {
      "\($0)".contains("signed off") && ($0 as? DomainError)?.remedy == .openAmendment(id)
    }
    #expect(throws: DomainError.self) { try fixture.workbench.deleteAudit(id, reason: nil) }
    try fixture.workbench.amend(id, reason: "Typo in rationale")
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "Corrected"))
    try fixture.workbench.signOff(id, by: "Chair")
    #expect(try fixture.workbench.record(id).audit.openAmendment == nil)
    #expect(throws: DomainError.self) { try fixture.workbench.addCase(id, reference: "MC-9", reason: "late") }
  }

  @Test func removedCasesLeaveTheFigures() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 3)
    try fixture.workbench.removeCase(id, reference: "MC-1003", reason: "Duplicate of MC-1002")
    let record = try fixture.workbench.record(id)
    #expect(record.distribution.cases == 2)
    #expect(record.cases.count == 3)
    #expect(record.cases[2].status == .removed(reason: "Duplicate of MC-1002"))
    try fixture.workbench.addCase(id, reference: "MC-1003", reason: "Back in after all")
    #expect(try fixture.workbench.record(id).distribution.cases == 3)
  }

  @Test func deletingAnAuditRemovesItsRecordsAndLogsEachRow() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 2)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "r"))
    try fixture.workbench.deleteAudit(id, reason: "created in error")
    #expect(try fixture.workbench.auditSummaries().isEmpty)
    let deletions = try fixture.workbench.store.read { db in
      try db.values(
        String.self, "SELECT entity FROM change_log WHERE field = '*' AND new_value IS NULL ORDER BY seq")
    }
    #expect(deletions == ["assessment", "audit_case", "audit_case", "audit"])
  }

  @Test func recommendationsCanBeEditedAndDeleted() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    let first = try fixture.workbench.recommend(id, text: "One", findings: ["a"]).value
    let second = try fixture.workbench.recommend(id, text: "Two", findings: []).value
    #expect([first, second] == ["R-1", "R-2"])
    try fixture.workbench.editRecommendation(first, text: "One, revised", findings: ["b", "c"])
    try fixture.workbench.deleteRecommendation(second)
    let recommendations = try fixture.workbench.record(id).recommendations
    #expect(recommendations.map(\.text) == ["One, revised"])
    #expect(recommendations[0].findings.map(\.value) == ["b", "c"])
  }

  @Test func agenciesCanBeAddedRenamedAndRetired() throws {
    let fixture = try StoreFixture()
    let agency = try fixture.workbench.addAgency(
      name: "Kent Fire and Rescue Service", shortName: "Fire", kind: .relevant)
    #expect(agency.id == "kent-fire-and-rescue-service")
    #expect(throws: DomainError.self) {
      try fixture.workbench.addAgency(name: "Kent Police", shortName: nil, kind: .partner)
    }
    try fixture.workbench.renameAgency("Fire", name: nil, shortName: "KFRS")
    #expect(try fixture.workbench.agencyDirectory().resolve("kfrs").id == agency.id)
    try fixture.workbench.retireAgency("KFRS")
    #expect(try fixture.workbench.agencyDirectory().active.contains { $0.id == agency.id } == false)
  }

  /// The search index reads only what it lists (grades, findings, recommendations), and lists the
  /// same entries as one built from the records in full.
  @Test func theSearchIndexIsWhatTheFullRecordsGive() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try fixture.workbench.grade(
      id, reference: "MC-1001",
      GradeInput(overall: .good, rationale: "Kept", findings: ["late referral", "Plan not SMART"]))
    let full = SearchIndex(
      records: try fixture.workbench.allRecords(.withoutReturns), actions: try fixture.workbench.actions())
    let index = try fixture.workbench.searchIndex()
    #expect(index == full)
    #expect(index.search("smart").contains { $0.title.lowercased() == "plan not smart" })
    #expect(index.search("refer earlier").count == 1)
  }
}

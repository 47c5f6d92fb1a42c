import CFAGDomain
import CFAGStore
import Foundation
import Testing

/// `Store.copy(to:)`: a store (an SQLite file, or with `CFAG_TEST_STORE=postgres` a PostgreSQL
/// database) copied into an empty PostgreSQL database on the `CFAG_TEST_POSTGRES` server.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"] != nil,
    "needs a PostgreSQL server in CFAG_TEST_POSTGRES"))
struct StoreCopyTests {
  static let server = ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"]

  /// A store holding a row in every table: imported candidates, a sampled audit with graded
  /// cases, a return and its template, a recommendation, an escalation with a progress note, and
  /// a report section.
  static func source() throws -> StoreFixture {
    let fixture = try StoreFixture()
    let workbench = fixture.workbench
    let (id, cases) = try fixture.sampledAudit()
    for (reference, grade) in zip(cases, [Grade.good, .requiresImprovement, .inadequate]) {
      try workbench.grade(
        id, reference: reference,
        GradeInput(
          overall: grade, rationale: "Rationale for \(reference)", domainGrades: ["voice": .graded(grade)]))
    }
    _ = try workbench.returnTemplate(id, agency: "police", format: .csv)
    try workbench.addReturn(
      id,
      ReturnInput(
        reference: cases[0], agency: "police", knownBecause: "Domestic abuse notification",
        answers: ["seen": "yes"],
        overallGrade: .good))
    _ = try workbench.recommend(id, text: "Refer earlier", findings: ["late referral"])
    let action = try workbench.escalate(
      id, reference: cases[2], reason: "Unsafe", owner: "police", lead: "DI Lee")
    try workbench.updateAction(action.value, ActionUpdate(progress: "Visited the same day"))
    try workbench.setReportSection(id, section: .summary, text: "Thresholds were applied late.")
    return fixture
  }

  /// A dump without the migrations' bookkeeping, which differs between the two databases.
  static func data(_ store: Store) throws -> String {
    try store.dump().components(separatedBy: "\n## ")
      .filter { !$0.hasPrefix("grdb_migrations") }.joined(separator: "\n## ")
  }

  static func workbench(_ store: Store) throws -> Workbench {
    try Workbench(
      store: store,
      session: Session(actor: "Tester", today: Day(iso: "2026-11-23")!, clock: { "2026-11-23T10:00:00.000Z" })
    )
  }

  @Test func everyRowAndTheChainArriveIntact() throws {
    let source = try Self.source()
    let uri = try TestStore.newPostgresDatabase(Self.server!)
    let result = try source.workbench.store.copy(to: uri)
    let before = try source.workbench.store.verify()
    #expect(result.report.problems == [])
    #expect(
      result.tables.map(\.table) == [
        "agency", "audit", "audit_case", "agency_return", "assessment", "recommendation", "action",
        "action_progress", "report_section", "return_template", "candidate", "change_log",
      ])
    #expect(result.tables.allSatisfy { $0.rows > 0 }, "every table has a row to copy: \(result.tables)")
    #expect(result.changeRecords == before.records)
    #expect(result.report.headSequence == before.headSequence && result.report.headHash == before.headHash)

    let copy = try Store(path: uri)
    let after = try copy.verify()
    #expect(after.problems == [])
    #expect(after.records == before.records && after.rows == before.rows && after.audits == before.audits)
    #expect(after.headSequence == before.headSequence && after.headHash == before.headHash)
    #expect(try Self.workbench(copy).auditSummaries() == source.workbench.auditSummaries())
    #expect(try Self.data(copy) == Self.data(source.workbench.store))
  }

  @Test func aDatabaseHoldingDataIsRefusedAndLeftAsItWas() throws {
    let source = try Self.source()
    let uri = try TestStore.newPostgresDatabase(Self.server!)
    _ = try source.workbench.store.copy(to: uri)
    let copied = try Self.data(Store(path: uri))
    #expect {
      try source.workbench.store.copy(to: uri)
    } throws: {
      "\($0)".contains("it already holds data (rows in agency); copy into an empty one")
    }
    #expect(try Self.data(Store(path: uri)) == copied)

    // The agency list a first command adds is data too.
    let used = try TestStore.newPostgresDatabase(Self.server!)
    let seeded = try Self.workbench(Store(path: used)).store
    let listed = try Self.data(seeded)
    #expect(throws: StoreError.self) { try source.workbench.store.copy(to: used) }
    #expect(try Self.data(seeded) == listed)
  }

  @Test(.enabled(if: TestStore.isSQLite, "tampers with the SQLite file"))
  func aSourceThatFailsVerifyIsNotCopied() throws {
    let source = try Self.source()
    try VerifyTests.tamper(source, "UPDATE assessment SET overall_grade = 'good'")
    let uri = try TestStore.newPostgresDatabase(Self.server!)
    let empty = try Self.data(Store(path: uri))
    #expect {
      try source.workbench.store.copy(to: uri)
    } throws: {
      "\($0)".contains("does not pass verify")
    }
    #expect(try Self.data(Store(path: uri)) == empty)
  }

  @Test func aURIWithAPasswordIsRefused() throws {
    let source = try Self.source()
    #expect {
      try source.workbench.store.copy(to: "postgresql://cfag:secret@localhost/cfag")
    } throws: {
      "\($0)".contains("URI holds a password")
    }
  }
}

import CFAGDomain
import CFAGStore
import Foundation
import GRDB
import PostgresClient
import Testing

/// `verify` passes on what the program wrote, and catches every change made behind its back.
struct VerifyTests {
  /// An audit with three graded cases, a recommendation and an escalation.
  static func meeting(today: String = "2026-11-23") throws -> (StoreFixture, AuditID) {
    let fixture = try StoreFixture(today: today)
    let id = try fixture.audit(cases: 3)
    for (index, grade) in [Grade.good, .requiresImprovement, .inadequate].enumerated() {
      try fixture.workbench.grade(
        id, reference: "MC-100\(index + 1)",
        GradeInput(
          overall: grade, rationale: "Rationale \(index)", domainGrades: ["assessment": .graded(grade)]))
    }
    _ = try fixture.workbench.recommend(id, text: "Refer earlier", findings: ["late referral"])
    _ = try fixture.workbench.escalate(
      id, reference: "MC-1003", reason: "Unsafe", owner: "police", lead: "DI Lee")
    return (fixture, id)
  }

  /// Runs SQL on the database outside the program, as `sqlite3` or `psql` would (as the server's
  /// superuser, its foreign keys' triggers off).
  static func tamper(_ fixture: StoreFixture, _ sql: String) throws {
    if Store.isPostgresURI(fixture.path) {
      try PGConnection(uri: fixture.path).executeScript("SET session_replication_role = replica;\n" + sql)
      return
    }
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: fixture.path, configuration: configuration)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
  }

  static func problems(_ fixture: StoreFixture, _ check: VerificationReport.Check) throws
    -> [VerificationReport.Problem]
  {
    try fixture.workbench.store.verify().problems(check)
  }

  @Test func whatTheProgramWritesPasses() throws {
    let (fixture, id) = try Self.meeting()
    try fixture.workbench.signOff(id, by: "Chair")
    try fixture.workbench.amend(id, reason: "typo")
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "Fixed typo"))
    try fixture.workbench.removeCase(id, reference: "MC-1002", reason: "moved away")
    try fixture.workbench.signOff(id, by: "Chair")
    let report = try fixture.workbench.store.verify()
    #expect(report.problems == [])
    #expect(report.records > 100)
    #expect(report.rows > 10)
    #expect(report.audits == 1)
    #expect(report.headSequence == report.records)
    #expect(report.headHash?.count == 64)
  }

  @Test func anUpdatedGradeIsCaught() throws {
    let (fixture, id) = try Self.meeting()
    try Self.tamper(fixture, "UPDATE assessment SET overall_grade = 'good' WHERE reference = 'MC-1003'")
    let problems = try Self.problems(fixture, .currentValues)
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.table == "assessment")
    #expect(problem.id == "\(id)/MC-1003")
    #expect(problem.field == "overall_grade")
    #expect(problem.sequence != nil)
    #expect(problem.description.contains("holds \"good\" but the change log's last value is \"inadequate\""))
  }

  @Test func aDeletedLogRecordIsCaught()
    throws
  {
    let (fixture, _) = try Self.meeting()
    try Self.tamper(fixture, "DELETE FROM change_log WHERE seq = 50")
    let problems = try Self.problems(fixture, .chain)
    #expect(problems.contains { $0.sequence == 51 && $0.message.contains("change record 50 is missing") })
  }

  @Test func anEditedLogRecordIsCaught()
    throws
  {
    let (fixture, _) = try Self.meeting()
    try Self.tamper(fixture, "UPDATE change_log SET actor = 'Mallory' WHERE seq = 60")
    let problems = try Self.problems(fixture, .chain)
    #expect(problems.map(\.sequence) == [60])
    #expect(problems.first?.message.contains("edited") == true)
  }

  @Test
  func anEditedLogValueIsCaughtEvenWithItsHash() throws {
    let (fixture, _) = try Self.meeting()
    try Self.tamper(
      fixture, "UPDATE change_log SET new_value = 'good' WHERE seq = 70 AND new_value IS NOT NULL")
    #expect(try Self.problems(fixture, .chain).map(\.sequence) == [70])
    let rehashed = ChangeChain.sha256("forged")
    try Self.tamper(
      fixture, "UPDATE change_log SET new_value = 'forged', new_hash = '\(rehashed)' WHERE seq = 71")
    #expect(try Self.problems(fixture, .chain).map(\.sequence).contains(71))
  }

  @Test func anInsertedLogRecordIsCaught()
    throws
  {
    let (fixture, _) = try Self.meeting()
    try Self.tamper(
      fixture,
      """
      UPDATE change_log SET seq = -(seq + 1) WHERE seq > 80;
      UPDATE change_log SET seq = -seq WHERE seq < 0;
      INSERT INTO change_log (seq, at, actor, entity, entity_id, field, old_value, new_value, old_hash, new_hash,
        prev_hash, hash)
      SELECT 81, at, actor, entity, entity_id, field, old_value, new_value, old_hash, new_hash, hash, hash
      FROM change_log WHERE seq = 80;
      """)
    let sequences = try Self.problems(fixture, .chain).compactMap(\.sequence)
    #expect(sequences.contains(81))
    #expect(sequences.contains(82))
  }

  @Test
  func aRowInsertedDeletedOrRestoredBehindTheProgramsBackIsCaught() throws {
    let (fixture, id) = try Self.meeting()
    try fixture.workbench.deleteRecommendation("R-1", reason: "duplicate")
    try Self.tamper(
      fixture,
      """
      INSERT INTO recommendation (id, audit_id, text, position) VALUES ('R-1', '\(id)', 'Back again', 1);
      INSERT INTO recommendation (id, audit_id, text, position) VALUES ('R-9', '\(id)', 'Never logged', 2);
      DELETE FROM agency WHERE id = 'cafcass';
      """)
    let problems = try Self.problems(fixture, .currentValues)
    #expect(problems.contains { $0.id == "R-1" && $0.message.contains("deleted but is still present") })
    #expect(problems.contains { $0.id == "R-9" && $0.message.contains("never created it") })
    #expect(
      problems.contains { $0.table == "agency" && $0.id == "cafcass" && $0.message.contains("it is gone") })
  }

  @Test
  func figuresThatDisagreeWithTheCasesAreCaught() throws {
    let (fixture, id) = try Self.meeting()
    try fixture.workbench.signOff(id, by: "Chair")
    try Self.tamper(
      fixture,
      """
      DELETE FROM assessment WHERE reference = 'MC-1002';
      UPDATE assessment SET domain_grades_json = '{"nonsense":"good"}' WHERE reference = 'MC-1001';
      """)
    let problems = try Self.problems(fixture, .figures)
    #expect(problems.contains { $0.table == "audit" && $0.message.contains("case MC-1002 has no grade") })
    #expect(problems.contains { $0.field == "domain_grades_json" && $0.message.contains("\"nonsense\"") })
  }

  @Test(.enabled(if: TestStore.isSQLite, "tampers with the SQLite file")) func aBrokenForeignKeyIsCaught()
    throws
  {
    let (fixture, id) = try Self.meeting()
    try Self.tamper(fixture, "DELETE FROM audit_case WHERE audit_id = '\(id)' AND reference = 'MC-1001'")
    let problems = try Self.problems(fixture, .foreignKeys)
    #expect(problems.contains { $0.table == "assessment" && $0.id == "\(id)/MC-1001" })
  }

  @Test(.enabled(if: TestStore.isSQLite, "tampers with the SQLite file"))
  func valuesOfTheWrongTypeAreReportedNotFatal() throws {
    let (fixture, id) = try Self.meeting()
    try Self.tamper(
      fixture,
      """
      UPDATE change_log SET actor = x'00ff' WHERE seq = 5;
      UPDATE assessment SET rationale = x'0102' WHERE reference = 'MC-1001';
      UPDATE audit SET meeting_date = x'20' WHERE id = '\(id)';
      """)
    let report = try fixture.workbench.store.verify()
    #expect(report.problems(.chain).map(\.sequence) == [5])
    #expect(report.problems(.currentValues).contains { $0.message.contains("holds \"0102\"") })
    #expect(report.problems(.figures).contains { $0.field == "meeting_date" })
    #expect(try fixture.workbench.history().first { $0.sequence == 5 }?.actor == "00ff")
  }

  @Test(.enabled(if: TestStore.isSQLite, "tampers with the SQLite file"))
  func aFileThatIsNotADatabaseIsRefused() throws {
    let fixture = try StoreFixture()
    let path = fixture.folder.appendingPathComponent("notes.sqlite").path
    try Data("these are not the pages you are looking for".utf8).write(to: URL(fileURLWithPath: path))
    #expect {
      try Verifier.verify(file: path)
    } throws: { error in
      (error as? StoreError).map { "\($0)".contains("is not a usable cfag database") } ?? false
    }
    #expect(throws: StoreError.missing(path + "x")) { try Verifier.verify(file: path + "x") }
  }
}

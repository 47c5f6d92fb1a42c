import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// A signed-off audit keeps its grades for the audit list, which counts them instead of searching
/// its cases; while an amendment is open the list counts the cases again, until the next sign-off
/// keeps the new grades; `verify` checks what is kept against the cases.
struct SignedOffGradesTests {
  static func kept(_ fixture: StoreFixture, _ id: AuditID) throws -> String? {
    try fixture.workbench.store.read { db in
      try db.value(String.self, "SELECT signed_off_grades FROM audit WHERE id = ?", [id])
    }
  }

  static func distribution(_ fixture: StoreFixture, _ id: AuditID) throws -> GradeDistribution? {
    try fixture.workbench.auditSummaries(id: id).first?.distribution
  }

  static let oneOfEach = GradeDistribution(good: 1, requiresImprovement: 1, inadequate: 1, cases: 3)

  @Test("a sign-off keeps the grades, and the audit list counts those it keeps")
  func signOffKeepsTheGrades() throws {
    let (fixture, id) = try VerifyTests.meeting()
    #expect(try Self.kept(fixture, id) == nil)
    try fixture.workbench.signOff(id, by: "Chair")
    #expect(try Self.kept(fixture, id).map { String($0.sorted()) } == "gir")
    #expect(try Self.distribution(fixture, id) == Self.oneOfEach)
    #expect(try fixture.workbench.store.verify().problems == [])

    try VerifyTests.tamper(fixture, "UPDATE audit SET signed_off_grades = 'ggg' WHERE id = '\(id)'")
    #expect(
      try Self.distribution(fixture, id)
        == GradeDistribution(good: 3, requiresImprovement: 0, inadequate: 0, cases: 3))
    let report = try fixture.workbench.store.verify()
    #expect(report.problems(.currentValues) == [])
    let problems = report.problems(.figures)
    #expect(problems.count == 1)
    #expect(problems.first?.field == "signed_off_grades")
    #expect(
      problems.first?.message.contains(
        "keeps the grades signed off as 3 good, 0 requires improvement, 0 inadequate, but its included cases "
          + "are graded 1 good, 1 requires improvement, 1 inadequate: it was changed outside cfag") == true)

    try VerifyTests.tamper(fixture, "UPDATE audit SET signed_off_grades = 'gx' WHERE id = '\(id)'")
    #expect(
      try VerifyTests.problems(fixture, .figures).map(\.message) == [
        "(audit \(id)) \"gx\" is not a run of grade initials (g, r, i): it was changed outside cfag"
      ])
  }

  @Test("an amendment counts the cases again, and signing off again keeps the new grades")
  func amendmentCountsTheCases() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try fixture.workbench.signOff(id, by: "Chair")
    try fixture.workbench.amend(id, reason: "new information")
    #expect(try Self.kept(fixture, id) == nil)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "New"))
    try fixture.workbench.removeCase(id, reference: "MC-1002", reason: "moved away")
    let amended = GradeDistribution(good: 0, requiresImprovement: 0, inadequate: 2, cases: 2)
    #expect(try Self.distribution(fixture, id) == amended)
    #expect(try fixture.workbench.store.verify().problems == [])
    try VerifyTests.tamper(fixture, "UPDATE audit SET signed_off_grades = 'ii' WHERE id = '\(id)'")
    #expect(
      try VerifyTests.problems(fixture, .figures).map(\.message) == [
        "(audit \(id)) keeps grades from its sign-off while an amendment is open: it was changed outside cfag"
      ])

    try fixture.workbench.signOff(id, by: "Chair")
    #expect(try Self.kept(fixture, id) == "ii")
    #expect(try Self.distribution(fixture, id) == amended)
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test("grades kept by an audit not signed off are reported, and not counted")
  func gradesKeptWithoutSignOff() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try VerifyTests.tamper(fixture, "UPDATE audit SET signed_off_grades = 'x' WHERE id = '\(id)'")
    #expect(try Self.distribution(fixture, id) == Self.oneOfEach)
    let problems = try VerifyTests.problems(fixture, .figures)
    #expect(
      problems.map(\.message) == [
        "(audit \(id)) keeps grades from a sign-off but is not signed off: it was changed outside cfag"
      ])
  }

  @Test(
    "the migration gives the audits signed off before it their grades",
    .enabled(if: TestStore.isSQLite, "takes an SQLite file back to the migration before"))
  func migrationKeepsTheGradesOfEarlierSignOffs() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try fixture.workbench.signOff(id, by: "Chair")
    try VerifyTests.tamper(
      fixture,
      """
      DROP INDEX audit_home;
      ALTER TABLE audit DROP COLUMN signed_off_grades;
      CREATE INDEX audit_home ON audit(
        meeting_date DESC, id DESC, title, theme_id, json_extract(theme_json, '$.title'), signed_off_by,
        sample_json IS NOT NULL);
      DELETE FROM grdb_migrations WHERE identifier = 'v6-signed-off-grades';
      """)
    let store = try Store(path: fixture.path)
    let kept = try store.read { db in
      try db.value(String.self, "SELECT signed_off_grades FROM audit WHERE id = ?", [id])
    }
    #expect(kept.map { String($0.sorted()) } == "gir")
    #expect(try store.verify().problems == [])
  }
}

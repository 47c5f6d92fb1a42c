import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// Every audit keeps the audit list's figures of its cases (how many it lists, how many are
/// included, their grades as initials), brought up to date by each change to its cases and
/// grades; the audit list counts them; `verify` checks them against the cases.
struct AuditCaseFiguresTests {
  /// The figures the audit keeps: cases listed, included, and the grades' initials sorted.
  static func kept(_ fixture: StoreFixture, _ id: AuditID) throws -> [String] {
    try fixture.workbench.store.read { db in
      let row = try db.row(
        "SELECT case_count, included_count, included_grades FROM audit WHERE id = ?", [id])
      let grades: String = row?["included_grades"] ?? "?"
      return [
        (row?["case_count"] as Int?).map(String.init) ?? "?",
        (row?["included_count"] as Int?).map(String.init) ?? "?", String(grades.sorted()),
      ]
    }
  }

  static func distribution(_ fixture: StoreFixture, _ id: AuditID) throws -> GradeDistribution? {
    try fixture.workbench.auditSummaries(id: id).first?.distribution
  }

  static let oneOfEach = GradeDistribution(good: 1, requiresImprovement: 1, inadequate: 1, cases: 3)

  @Test("cases drawn, grades given, a case removed, a sign-off and an amendment: the figures follow each")
  func theFiguresFollowEveryChange() throws {
    let fixture = try StoreFixture(today: "2026-11-23")
    let id = try fixture.audit(cases: 3)
    #expect(try Self.kept(fixture, id) == ["3", "3", ""])
    #expect(try Self.distribution(fixture, id) == GradeDistribution(grades: [], cases: 3))
    for (index, grade) in [Grade.good, .requiresImprovement, .inadequate].enumerated() {
      try fixture.workbench.grade(
        id, reference: "MC-100\(index + 1)", GradeInput(overall: grade, rationale: "Rationale \(index)"))
    }
    #expect(try Self.kept(fixture, id) == ["3", "3", "gir"])
    #expect(try Self.distribution(fixture, id) == Self.oneOfEach)
    // A rationale changed alone leaves the grade, and the figures, as they were.
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "Reworded"))
    #expect(try Self.kept(fixture, id) == ["3", "3", "gir"])

    try fixture.workbench.signOff(id, by: "Chair")
    try fixture.workbench.amend(id, reason: "new information")
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "New"))
    try fixture.workbench.removeCase(id, reference: "MC-1002", reason: "moved away")
    #expect(try Self.kept(fixture, id) == ["3", "2", "ii"])
    let amended = GradeDistribution(good: 0, requiresImprovement: 0, inadequate: 2, cases: 2)
    #expect(try Self.distribution(fixture, id) == amended)
    try fixture.workbench.signOff(id, by: "Chair")
    #expect(try Self.distribution(fixture, id) == amended)
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test("figures changed outside cfag are counted as they are, and verify names each")
  func figuresChangedOutsideAreReported() throws {
    let (fixture, id) = try VerifyTests.meeting()
    #expect(try Self.distribution(fixture, id) == Self.oneOfEach)
    #expect(try fixture.workbench.store.verify().problems == [])

    try VerifyTests.tamper(fixture, "UPDATE audit SET included_grades = 'ggg' WHERE id = '\(id)'")
    #expect(
      try Self.distribution(fixture, id)
        == GradeDistribution(good: 3, requiresImprovement: 0, inadequate: 0, cases: 3))
    let report = try fixture.workbench.store.verify()
    #expect(report.problems(.currentValues) == [])
    #expect(
      report.problems(.figures).map(\.message) == [
        "(audit \(id)) keeps the grades as 3 good, 0 requires improvement, 0 inadequate, but its included "
          + "cases are graded 1 good, 1 requires improvement, 1 inadequate: it was changed outside cfag"
      ])

    try VerifyTests.tamper(
      fixture, "UPDATE audit SET included_grades = 'gx', case_count = 9 WHERE id = '\(id)'")
    #expect(
      try VerifyTests.problems(fixture, .figures).map(\.message) == [
        "(audit \(id)) says 9 but the audit has 3: it was changed outside cfag",
        "(audit \(id)) \"gx\" is not a run of grade initials (g, r, i): it was changed outside cfag",
      ])
  }

  @Test(
    "the migration gives every audit its figures, in place of the grades a sign-off kept",
    .enabled(if: TestStore.isSQLite, "takes an SQLite file back to the migration before"))
  func migrationGivesEveryAuditItsFigures() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let open = try fixture.audit(cases: 2)
    try fixture.workbench.signOff(id, by: "Chair")
    try VerifyTests.tamper(
      fixture,
      """
      DROP INDEX audit_home;
      ALTER TABLE audit DROP COLUMN case_count;
      ALTER TABLE audit DROP COLUMN included_count;
      ALTER TABLE audit DROP COLUMN included_grades;
      ALTER TABLE audit ADD COLUMN signed_off_grades TEXT;
      UPDATE audit SET signed_off_grades = 'gir' WHERE id = '\(id)';
      CREATE INDEX audit_home ON audit(
        meeting_date DESC, id DESC, title, theme_id, json_extract(theme_json, '$.title'), signed_off_by,
        sample_json IS NOT NULL, signed_off_grades);
      DELETE FROM grdb_migrations WHERE identifier = 'v7-audit-case-figures';
      """)
    // Verified before it is migrated (as a backup is before a restore), its kept grades pass.
    #expect(try Store(path: fixture.path, readOnly: true).verify().problems == [])
    let store = try Store(path: fixture.path)
    let workbench = try Workbench(store: store, session: fixture.workbench.session)
    #expect(try workbench.auditSummaries(id: id).first?.distribution == Self.oneOfEach)
    #expect(
      try workbench.auditSummaries(id: open).first?.distribution == GradeDistribution(grades: [], cases: 2))
    #expect(try store.verify().problems == [])
  }
}

import CFAGDomain
import GRDB
import Testing

@testable import CFAGStore

@Suite struct DemoDataTests {
  static let today = "2026-03-02"

  /// Themes built in code: the Child in Need theme and a copy under other ids.
  static let themes: [Theme] = ["child-in-need", "neglect", "pre-birth"].map { id in
    var theme = StoreFixture.theme
    theme.id = id
    return theme
  }

  @Test func oneYearHasAnAuditAtEveryStageAndThePartnershipsCINFigures() throws {
    let fixture = try StoreFixture(today: Self.today, actor: "Demo")
    let summary = try DemoData.load(into: fixture.workbench, themes: Self.themes, years: 1, seed: 7)
    let audits = try fixture.workbench.auditSummaries()
    #expect(summary.audits == audits.count)
    #expect(Set(audits.map(\.stage)) == Set(Stage.allCases))
    for audit in audits {
      let record = try fixture.workbench.record(audit.id)
      #expect(record.stage == audit.stage, "summary and record of \(audit.id)")
      #expect(record.distribution == audit.distribution, "summary and record of \(audit.id)")
      #expect(record.audit.theme.title == audit.themeTitle)
    }
    let cin = try #require(audits.first { $0.title.hasSuffix("2019–20") })
    #expect(cin.stage == .signedOff)
    #expect(cin.distribution == GradeDistribution(good: 1, requiresImprovement: 4, inadequate: 1, cases: 6))
    let record = try fixture.workbench.record(cin.id)
    let grades = record.assessments.map(\.overall)
    #expect(grades.filter { $0 == .good }.count == 1)
    #expect(grades.filter { $0 == .requiresImprovement }.count == 4)
    #expect(grades.filter { $0 == .inadequate }.count == 1)
    #expect(record.assessments.allSatisfy { !$0.rationale.isEmpty })
  }

  @Test func actionsHaveRoleTitleLeadsProgressAndVariedRAG() throws {
    let fixture = try StoreFixture(today: Self.today, actor: "Demo")
    try DemoData.load(into: fixture.workbench, themes: Self.themes, years: 2, seed: 11)
    let actions = try fixture.workbench.actions()
    #expect(actions.count > 20)
    #expect(actions.allSatisfy { $0.lead.contains(",") })
    #expect(actions.contains { !$0.progress.isEmpty })
    let today = Day(iso: Self.today)!
    let ratings = Set(actions.map { $0.rag(today: today) })
    #expect(ratings.isSuperset(of: [.red, .green, .none]))
    #expect(actions.allSatisfy { $0.created <= today && $0.progress.allSatisfy { $0.on <= today } })
    // The home screen's tally reads standings in one query: the same as the actions' own.
    let counts = { (standings: [ActionStanding]) in
      Dictionary(standings.map { ($0, 1) }, uniquingKeysWith: +)
    }
    let open = actions.filter { $0.status != .closed }.map { $0.standing(on: today) }
    #expect(counts(try fixture.workbench.openActionStandings()) == counts(open))
  }

  /// The records, and the change log without its salts and hashes: each logged text has its own
  /// random salt (so a purged text cannot be guessed), so those differ from run to run by design, and
  /// so does the head hash a sign-off logs as its reason.
  static func records(_ fixture: StoreFixture) throws -> String {
    let dump = try fixture.dump()
    let log = try fixture.workbench.store.read { db in
      try db.rows(
        """
        SELECT seq, at, actor, entity, entity_id, field, old_value, new_value, audit_id,
          CASE WHEN reason LIKE 'signed off at change log head %' THEN 'signed off' ELSE reason END
        FROM change_log ORDER BY seq
        """
      ).map(\.description)
    }
    let tables = dump.components(separatedBy: "\n## ").filter { !$0.hasPrefix("change_log\n") }
    return (tables + log).joined(separator: "\n")
  }

  /// Also whether its steps are committed one at a time or many to a transaction.
  @Test func theSameSeedGivesTheSameDatabase() throws {
    let first = try StoreFixture(today: Self.today, actor: "Demo")
    let second = try StoreFixture(today: Self.today, actor: "Demo")
    try DemoData.load(into: first.workbench, themes: Self.themes, seed: 3)
    try DemoData.load(into: second.workbench, themes: Self.themes, seed: 3, stepsPerCommit: 1)
    #expect(try Self.records(first) == Self.records(second))
    let other = try StoreFixture(today: Self.today, actor: "Demo")
    try DemoData.load(into: other.workbench, themes: Self.themes, seed: 4)
    #expect(try Self.records(other) != Self.records(first))
  }

  @Test func aDatabaseWithAuditsIsRefusedUnlessForced() throws {
    let fixture = try StoreFixture(today: Self.today, actor: "Demo")
    _ = try fixture.audit(cases: 1)
    let before = try fixture.dump()
    #expect(throws: DomainError.self) {
      try DemoData.load(into: fixture.workbench, themes: Self.themes)
    }
    #expect(try fixture.dump() == before)
    let summary = try DemoData.load(into: fixture.workbench, themes: Self.themes, force: true)
    #expect(summary.audits > 1)
  }
}

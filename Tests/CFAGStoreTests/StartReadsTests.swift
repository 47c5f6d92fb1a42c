import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// What the home screen reads at start (every audit's line and the open actions' standing) is
/// searched in indexes that hold all of it: SQLite's plan for each query, on a migrated file.
@Suite(.enabled(if: TestStore.isSQLite, "SQLite's query plans"))
struct StartReadsTests {
  /// The plan's lines that read a table or an index.
  static func reads(_ sql: String, _ arguments: StatementArguments = [], in path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).compactMap {
        let detail: String = $0["detail"]
        return detail.hasPrefix("SCAN") || detail.hasPrefix("SEARCH") ? detail : nil
      }
    }
  }

  @Test("the audit list reads its own index and the returns' by audit, never the cases or assessments")
  func auditListReadsIndexes() throws {
    let fixture = try StoreFixture()
    _ = try fixture.audit(cases: 2)
    let reads = try Self.reads(Workbench.summariesSQL(.sqlite, oneAudit: false), in: fixture.path)
    #expect(
      reads == [
        "SCAN a USING INDEX audit_home",
        "SEARCH r USING COVERING INDEX agency_return_audit (audit_id=?)",
      ])
  }

  @Test("an audit's figures are brought up to date from the cases' and grades' covering indexes")
  func figuresUpdateReadsIndexes() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 2)
    let reads = try Self.reads(Workbench.caseFiguresUpdate(.sqlite), [id.rawValue], in: fixture.path)
    #expect(reads.first == "SEARCH audit USING INDEX sqlite_autoindex_audit_1 (id=?)")
    #expect(reads.dropFirst().allSatisfy { $0.contains("USING COVERING INDEX") }, "\(reads)")
  }

  @Test("the audit list reads each case's grade as its initial: the three initials differ")
  func gradesAreTheirInitials() {
    #expect(Grade.allCases.map { Grade(initial: $0.rawValue.utf8.first ?? 0) } == Grade.allCases)
    #expect(Grade(initial: UInt8(ascii: "x")) == nil)
  }

  @Test("the open actions' standing is read from their own index and the notes' days")
  func openStandingsReadIndexes() throws {
    let fixture = try StoreFixture()
    let reads = try Self.reads(Workbench.openStandingsSQL, ["2026-11-23"], in: fixture.path)
    #expect(
      reads == [
        "SCAN a USING COVERING INDEX action_open",
        "SEARCH p USING COVERING INDEX action_progress_day (action_id=? AND on_day<?)",
      ])
  }

  @Test("an audit not signed off is still staged by its cases and returns")
  func stagesAskReturnsAndCasesOnlyBeforeSignOff() throws {
    let fixture = try StoreFixture()
    let planning = try fixture.workbench.createAudit(
      theme: StoreFixture.theme, details: AuditDetails(meetingDate: Day(iso: "2026-12-02"), panelAgencies: [])
    )
    let sampling = try fixture.audit(cases: 2)
    let returns = try fixture.audit(cases: 1)
    try fixture.workbench.addReturn(
      returns, ReturnInput(reference: "MC-1001", agency: "police", gaps: "None found", overallGrade: .good))
    let stages = Dictionary(
      uniqueKeysWithValues: try fixture.workbench.auditSummaries().map { ($0.id, $0.stage) })
    #expect(stages == [planning: .planning, sampling: .sampling, returns: .agencyReturns])
  }
}

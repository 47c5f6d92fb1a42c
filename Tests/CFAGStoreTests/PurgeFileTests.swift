import CFAGDomain
import CFAGStore
import Foundation
import GRDB
import Testing

/// After a purge, the purged texts are in neither the database file nor its -wal file, and neither
/// are their unsalted hashes, so a guess cannot be checked; the chain still verifies.
@Suite(.enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
struct PurgeFileTests {
  static let secrets = [
    "Rationale naming the stepfather QXZ", "Selected after the serious incident QXZ",
    "Removed: family moved to Kent QXZ", "Concern: baby left with QXZ",
  ]

  /// The plain SHA-256 a log without salts would have kept.
  static func sha256(_ text: String) -> String { ChangeChain.sha256(text) }

  static func fileBytes(_ path: String) -> Data {
    FileManager.default.contents(atPath: path) ?? Data()
  }

  @Test("the rationale, selection and removal reasons and the concern leave no text or unsalted hash")
  func purgedTextLeavesNoTrace() throws {
    let fixture = try StoreFixture(today: "2033-01-10")
    let id = try fixture.workbench.createAudit(
      theme: StoreFixture.theme,
      details: AuditDetails(meetingDate: Day(iso: "2026-12-01"), panelAgencies: ["police"]))
    try fixture.workbench.addCase(id, reference: "MC-1001", reason: Self.secrets[1])
    try fixture.workbench.addCase(id, reference: "MC-1002", reason: "chosen by hand")
    try fixture.workbench.grade(
      id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: Self.secrets[0]))
    _ = try fixture.workbench.escalate(
      id, reference: "MC-1001", reason: Self.secrets[3], owner: "police", lead: "DI Lee")
    try fixture.workbench.removeCase(id, reference: "MC-1002", reason: Self.secrets[2])
    try fixture.workbench.signOff(id, by: "Chair")

    let report = try fixture.workbench.purge(before: Day(iso: "2027-01-01")!, dryRun: false)
    #expect(report.walCleared)
    let verified = try fixture.workbench.store.verify()
    #expect(verified.problems == [])
    #expect(verified.purgedTexts > 0)
    let bytes = Self.fileBytes(fixture.path) + Self.fileBytes(fixture.path + "-wal")
    for secret in Self.secrets {
      #expect(bytes.range(of: Data(secret.utf8)) == nil, "\"\(secret)\" is still in the file")
      #expect(
        bytes.range(of: Data(Self.sha256(secret).utf8)) == nil,
        "the unsalted hash of \"\(secret)\" is in the file")
      #expect(
        bytes.range(of: Data(Self.sha256("Immediate concern: " + secret).utf8)) == nil,
        "the unsalted hash of the action text holding \"\(secret)\" is in the file")
    }
    #expect(try fixture.workbench.record(id).distribution.inadequate == 1)
  }

  @Test("a purge is refused while another connection reads an old snapshot, and changes nothing")
  func purgeRefusedWhileAnotherReaderHoldsTheWAL() throws {
    let (fixture, _) = try PurgeTests.gradedWithDetail()
    let other = try DatabaseQueue(path: fixture.path)
    defer { try? other.close() }
    let before = try fixture.dump()
    try other.read { db in
      _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log")
      #expect {
        try fixture.workbench.purge(before: Day(iso: "2026-12-02")!, dryRun: false)
      } throws: { "\($0)".contains("another program has the database open") }
    }
    #expect(try fixture.dump() == before)
  }

  @Test("a log text NULLed with its salt outside a purge fails verify; a reason too")
  func droppedSaltsAndReasonsOutsideAPurgeFail() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try VerifyTests.tamper(
      fixture,
      "UPDATE change_log SET new_salt = NULL WHERE entity = 'assessment' AND field = 'rationale'")
    try VerifyTests.tamper(
      fixture,
      "UPDATE change_log SET reason = NULL, reason_salt = NULL WHERE audit_id = '\(id)' AND reason = 'Unsafe'"
    )
    let problems = try VerifyTests.problems(fixture, .chain)
    #expect(
      problems.contains { $0.field == "rationale" && $0.message.contains("new value's salt is missing") })
    #expect(problems.contains { $0.message.contains("its reason is missing") })
  }
}

import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// A signed-off audit changes only through an amendment, even in a log rewritten to hide it; the
/// report carries the chain head at sign-off, which `verify --head` finds.
struct SignOffLockTests {
  /// Renumbers and re-links the whole log, as someone rewriting it without a key could.
  static func rechain(_ fixture: StoreFixture, deleting condition: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: fixture.path, configuration: configuration)
    defer { try? queue.close() }
    try queue.write { db in
      try db.execute(sql: "DELETE FROM change_log WHERE \(condition)")
      let rows = try Row.fetchAll(db, sql: "SELECT * FROM change_log ORDER BY seq")
      try db.execute(sql: "DELETE FROM change_log")
      var previous = ChangeChain.genesis
      for (index, row) in rows.enumerated() {
        let fields = ChangeChain.linkFields(
          sequence: index + 1, at: row["at"], actor: row["actor"], entity: row["entity"],
          id: row["entity_id"],
          field: row["field"], oldHash: row["old_hash"], newHash: row["new_hash"], reason: row["reason"],
          reasonHash: row["reason_hash"], auditID: row["audit_id"])
        let hash = ChangeChain.link(previous: previous, fields: fields)
        var values = row.columnNames.map { (name: $0, value: row[$0] as DatabaseValue) }
        values = values.map { column in
          switch column.name {
          case "seq": (column.name, (index + 1).databaseValue)
          case "prev_hash": (column.name, previous.databaseValue)
          case "hash": (column.name, hash.databaseValue)
          default: column
          }
        }
        try db.execute(
          sql: "INSERT INTO change_log (\(values.map(\.name).joined(separator: ", "))) VALUES ("
            + values.map { _ in "?" }.joined(separator: ", ") + ")",
          arguments: StatementArguments(values.map(\.value)))
        previous = hash
      }
    }
  }

  @Test(
    "a regrade hidden by deleting its amendment from a rewritten log fails verify",
    .enabled(if: TestStore.isSQLite, "tampers with the SQLite file"))
  func changeOutsideAnAmendmentFails() throws {
    let (fixture, id) = try VerifyTests.meeting()
    try fixture.workbench.signOff(id, by: "Chair")
    try fixture.workbench.amend(id, reason: "regrade after new information")
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "New"))
    try fixture.workbench.signOff(id, by: "Chair")
    #expect(try fixture.workbench.store.verify().problems == [])

    try Self.rechain(fixture, deleting: "entity = 'audit' AND field = 'amendment_json'")
    let report = try fixture.workbench.store.verify()
    #expect(report.problems(.chain) == [])
    let locked = report.problems(.signOff)
    #expect(!locked.isEmpty)
    #expect(locked.allSatisfy { $0.table == "assessment" && $0.message.contains("outside an amendment") })
  }

  @Test("the report carries the head at sign-off, and verify --head finds it")
  func signOffHeadIsInTheReport() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let before = try #require(try fixture.workbench.store.verify().headHash)
    try fixture.workbench.signOff(id, by: "Chair")
    let head = try #require(try fixture.workbench.signOffHead(id))
    #expect(head == before)
    #expect(try fixture.workbench.store.verify(notedHead: head).problems == [])
    #expect(try fixture.workbench.signOffHead("CFAG-2099-01") == nil)
  }
}

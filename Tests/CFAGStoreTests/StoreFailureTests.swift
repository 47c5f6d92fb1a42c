import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// A full disk and a read-only database give a clear error and leave no partial state.
@Suite(.enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
struct StoreFailureTests {
  @Test func aFullDiskRefusesTheWholeActionAndKeepsTheDatabaseValid() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let before = try fixture.dump()
    try fixture.workbench.store.sqliteQueue(for: "a test").write { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
    }
    let long = String(repeating: "A long rationale. ", count: 20_000)
    #expect(throws: StoreError.full(fixture.path)) {
      try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: long))
    }
    #expect("\(StoreError.full(fixture.path))".contains("full; nothing was changed"))
    #expect(try fixture.dump() == before)
    #expect(try fixture.workbench.store.verify().problems == [])
    try fixture.workbench.store.sqliteQueue(for: "a test").write {
      try $0.execute(sql: "PRAGMA max_page_count = 1073741823")
    }
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: long))
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test func aReadOnlyDatabaseRefusesChangesClearly() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let before = try fixture.dump()
    let readOnly = try Workbench(
      store: try Store(path: fixture.path, readOnly: true),
      session: Session(actor: "R", today: Day(iso: "2026-11-23")!, clock: { "t" }))
    #expect(throws: StoreError.readOnly(fixture.path)) {
      try readOnly.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "No"))
    }
    #expect("\(StoreError.readOnly(fixture.path))".contains("read-only; nothing was changed"))
    #expect(try readOnly.record(id).assessments.count == 3)
    #expect(try fixture.dump() == before)
  }
}

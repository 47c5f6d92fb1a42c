import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

@Suite(.enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
struct StoreFileTests {
  @Test func anEmptyFileIsMigratedAndPrivate() throws {
    let fixture = try StoreFixture()
    let folder = (fixture.path as NSString).deletingLastPathComponent
    let folderMode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
    let fileMode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
    #expect(folderMode == 0o700)
    #expect(fileMode == 0o600)
    let journal = try fixture.workbench.store.read { try $0.value(String.self, "PRAGMA journal_mode") }
    #expect(journal == "wal")
    #expect(try fixture.workbench.agencyDirectory().agencies.count == AgencyDirectory.seed.count)
  }

  /// Crash safety: the store's one connection logs ahead and syncs as WAL's NORMAL (1) asks; a
  /// reopened file is no different.
  @Test func aLocalFolderIsNoNetworkFileSystemNorIsAFolderNotYetMadeInIt() throws {
    let fixture = try StoreFixture()
    let folder = (fixture.path as NSString).deletingLastPathComponent
    #expect(StoreLocation.networkFileSystem(folder) == nil)
    #expect(StoreLocation.networkFileSystem(folder + "/no-such-folder") == nil)
    #expect(try StoreLocation.prepare(path: fixture.path).isEmpty)
  }

  @Test func theConnectionIsInWALWithNormalSync() throws {
    let fixture = try StoreFixture()
    for store in [fixture.workbench.store, try Store(path: fixture.path)] {
      let (journal, synchronous) = try store.sqliteQueue(for: "a test").write { db in
        (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
      }
      #expect(journal == "wal")
      #expect(synchronous == 1)
    }
  }

  /// The screens' connection keeps a small page cache for the whole session; a large transaction
  /// raises it for its own length and gives the session's back.
  @Test func aSessionKeepsASmallPageCacheThatALargeTransactionRaisesForItsLength() throws {
    let fixture = try StoreFixture()
    let store = fixture.workbench.store
    func cacheSize() throws -> Int? { try store.read { try $0.value(Int.self, "PRAGMA cache_size") } }
    #expect(try cacheSize() == -2000)
    try store.keepSessionCache()
    #expect(try cacheSize() == -Store.sessionCacheKiB)
    let during = try store.perform(as: "T", at: "now", large: true) { tx in
      try tx.db.value(Int.self, "PRAGMA cache_size")
    }
    #expect(during.value.map { $0 < -Store.sessionCacheKiB } == true)
    #expect(try cacheSize() == -Store.sessionCacheKiB)
    // A batch's store is inside its large transaction: asking it changes nothing (and cannot
    // re-enter the connection).
    let inBatch = try store.batch { batch in
      try batch.keepSessionCache()
      return try batch.read { try $0.value(Int.self, "PRAGMA cache_size") }
    }
    #expect(inBatch.map { $0 < -Store.sessionCacheKiB } == true)
    #expect(try cacheSize() == -Store.sessionCacheKiB)
  }

  /// A file put back in rollback mode (a backup copied into place by hand) is set to WAL again.
  @Test func aFileInRollbackModeIsPutBackInWAL() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("cfag.sqlite").path
    _ = try Store(path: path)
    let plain = try DatabaseQueue(path: path)
    try plain.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
    try plain.close()
    let reopened = try Store(path: path)
    #expect(try reopened.read { try $0.value(String.self, "PRAGMA journal_mode") } == "wal")
  }

  @Test func reopeningKeepsWhatWasSaved() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    try fixture.workbench.grade(id, reference: "MC-1001", GradeInput(overall: .good, rationale: "kept"))
    let reopened = try Workbench(
      store: try Store(path: fixture.path),
      session: Session(actor: "B", today: Day(iso: "2026-11-24")!, clock: { "t" }))
    #expect(try reopened.record(id).assessments.first?.rationale == "kept")
    #expect(try reopened.agencyDirectory().agencies.count == AgencyDirectory.seed.count)
  }

  @Test func aSetupCutShortIsFinishedByTheNextOpenEvenForReading() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("cfag.sqlite").path
    // The schema is made but the process dies before the agency list is seeded.
    _ = try Store(path: path)
    #expect(!Store.isUpToDate(path: path))
    let session = Session(actor: "A", today: Day(iso: "2026-11-24")!, clock: { "t" })
    let workbench = try Workbench(
      store: try Store(path: path, readOnly: Store.isUpToDate(path: path)), session: session)
    #expect(try workbench.agencyDirectory().agencies.count == AgencyDirectory.seed.count)
    #expect(Store.isUpToDate(path: path))
  }

  @Test func aNewDatabaseAppearsWholeAndLeavesNothingBeside() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // What a creation killed part-way by a process long gone left behind.
    let abandoned = folder.appendingPathComponent("cfag.sqlite.creating-2147483646").path
    _ = FileManager.default.createFile(atPath: abandoned, contents: Data("half".utf8))
    let path = folder.appendingPathComponent("cfag.sqlite").path
    let store = try Store(path: path)
    #expect(try store.read { try $0.value(Int.self, "SELECT COUNT(*) FROM grdb_migrations") } ?? 0 > 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.contains(".creating-") })
  }

  @Test func anErrorInsideAnActionRollsEverythingBack() throws {
    let fixture = try StoreFixture()
    let before = try fixture.dump()
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try fixture.workbench.store.perform(as: "T", at: "now") { tx in
        try tx.insert(
          AgencyTable.self, id: "x", auditID: nil,
          [
            (AgencyTable.name, "X".sqlValue), (AgencyTable.shortName, "X".sqlValue),
            (AgencyTable.kind, "relevant".sqlValue),
            (AgencyTable.retired, 0.sqlValue), (AgencyTable.position, 99.sqlValue),
          ])
        throw Boom()
      }
    }
    #expect(try fixture.dump() == before)
  }

  @Test func theChangeLogIsAChainOfHashes() throws {
    let fixture = try StoreFixture()
    _ = try fixture.audit(cases: 2)
    let rows = try fixture.workbench.store.read { db in
      try db.rows("SELECT seq, actor, prev_hash, hash FROM change_log ORDER BY seq")
    }
    #expect(rows.count > 10)
    for (previous, row) in zip(rows, rows.dropFirst()) {
      #expect(row["prev_hash"] as String == previous["hash"] as String)
      #expect(row["seq"] as Int == (previous["seq"] as Int) + 1)
    }
    #expect(rows.last?["actor"] as String? == "Tester")
  }

  @Test func aReadOnlyDatabaseRefusesChangesClearly() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    let readOnly = try Workbench(
      store: try Store(path: fixture.path, readOnly: true),
      session: Session(actor: "R", today: Day(iso: "2026-11-23")!, clock: { "t" }))
    #expect { try readOnly.addCase(id, reference: "MC-77", reason: "x") } throws: {
      "\($0)".contains("read-only")
    }
  }
}

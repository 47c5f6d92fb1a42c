import CFAGDomain
import CFAGStore
import Foundation
import GRDB
import Testing

/// Backups are consistent private copies; a restore takes only a backup that verifies.
@Suite(.enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
struct BackupTests {
  @Test func aBackupIsPrivateAndVerifies() throws {
    let (fixture, _) = try VerifyTests.meeting()
    let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
    try fixture.workbench.store.backup(to: copy)
    let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let report = try Verifier.verify(file: copy)
    #expect(report.problems == [])
    #expect(!FileManager.default.fileExists(atPath: copy + "-wal"), "a backup is one self-contained file")
    #expect(report.headHash == (try fixture.workbench.store.verify().headHash))
    #expect(throws: StoreError.exists(copy)) { try fixture.workbench.store.backup(to: copy) }
  }

  @Test func aRestoreBringsBackTheBackupAndKeepsWhatItReplaced() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
    try fixture.workbench.store.backup(to: copy)
    let saved = try fixture.dump()
    _ = try fixture.workbench.recommend(id, text: "Added after the backup", findings: [])
    let changed = try fixture.dump()
    let result = try fixture.workbench.store.restore(from: copy)
    #expect(result.report.problems == [])
    #expect(try fixture.dump() == saved)
    let kept = try #require(result.keptAt)
    #expect(kept == fixture.path + ".before-restore")
    #expect(try Store(path: kept).dump() == changed)
    #expect(try fixture.workbench.store.restore(from: copy).keptAt == fixture.path + ".before-restore-2")
  }

  @Test func aTamperedBackupIsRefusedAndNothingChanges() throws {
    let (fixture, _) = try VerifyTests.meeting()
    let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
    try fixture.workbench.store.backup(to: copy)
    let queue = try DatabaseQueue(path: copy)
    try queue.write { try $0.execute(sql: "UPDATE assessment SET overall_grade = 'good'") }
    try queue.close()
    let before = try fixture.dump()
    #expect {
      try fixture.workbench.store.restore(from: copy)
    } throws: { error in
      "\(error)".contains("does not pass verify") && "\(error)".contains("overall_grade")
    }
    #expect(try fixture.dump() == before)
    #expect(!FileManager.default.fileExists(atPath: fixture.path + ".before-restore"))
  }

  @Test func aFileThatIsNotABackupIsRefused() throws {
    let (fixture, _) = try VerifyTests.meeting()
    let other = fixture.folder.appendingPathComponent("other.sqlite").path
    let queue = try DatabaseQueue(path: other)
    try queue.write { try $0.execute(sql: "CREATE TABLE t (x)") }
    try queue.close()
    let before = try fixture.dump()
    #expect {
      try fixture.workbench.store.restore(from: other)
    } throws: { error in
      "\(error)".contains("no cfag change log")
    }
    #expect(throws: StoreError.self) { try fixture.workbench.store.restore(from: fixture.path) }
    #expect(try fixture.dump() == before)
  }
}

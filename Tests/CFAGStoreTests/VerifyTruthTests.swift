import CFAGDomain
import CFAGStore
import Foundation
import GRDB
import Testing

/// `verify` tells the truth: a missing log text passes only where a purge removed it, a noted head
/// is found or missed, and checking a file changes none of its bytes.
struct VerifyTruthTests {
  @Test("NULLed log texts of a grade and a rationale, never purged, fail verify")
  func nulledTextsWithoutAPurgeFail() throws {
    let (fixture, _) = try VerifyTests.meeting()
    try VerifyTests.tamper(
      fixture,
      """
      UPDATE change_log SET old_value = NULL, new_value = NULL
      WHERE entity = 'assessment' AND field IN ('overall_grade', 'rationale')
      """)
    let problems = try VerifyTests.problems(fixture, .chain)
    #expect(problems.contains { $0.field == "overall_grade" && $0.message.contains("a purge never removes") })
    #expect(problems.contains { $0.field == "rationale" && $0.message.contains("no retention purge") })
    #expect(try fixture.workbench.store.verify().purgedTexts == 0)
  }

  @Test("a noted head is found; an unknown one fails")
  func notedHead() throws {
    let (fixture, _) = try VerifyTests.meeting()
    let head = try #require(try fixture.workbench.store.verify().headHash)
    _ = try fixture.workbench.recommend(
      try #require(try fixture.workbench.auditSummaries().first?.id), text: "Later", findings: [])
    let found = try fixture.workbench.store.verify(notedHead: head)
    #expect(found.problems == [])
    #expect(found.notedHeadSequence != nil && found.notedHeadSequence! < found.headSequence!)
    let missing = try fixture.workbench.store.verify(notedHead: String(repeating: "ab", count: 32))
    #expect(missing.problems(.chain).contains { $0.message.contains("is not in the chain") })
  }

  @Test(
    "verifying a copy, even a read-only one, leaves it byte-identical",
    .enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
  func verifyChangesNoByte() throws {
    let (fixture, _) = try VerifyTests.meeting()
    let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
    try fixture.workbench.store.backup(to: copy)
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    #expect(try Verifier.verify(file: copy).problems == [])
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    chmod(copy, 0o400)
    #expect(try Verifier.verify(file: copy).problems == [])
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.hasPrefix("copy") }
        == ["copy.sqlite"])
  }

  @Test(
    "a path that is not a regular file is refused, and nothing is created beside it",
    .enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
  func nonRegularPathsAreRefused() throws {
    #expect { try Store(path: "/dev/null") } throws: { "\($0)".contains("is not a regular file") }
    #expect { try Verifier.verify(file: "/dev/null") } throws: { "\($0)".contains("is not a regular file") }
    #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
  }

  @Test(
    "an existing database keeps its mode",
    .enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
  func existingModeIsKept() throws {
    let (fixture, _) = try VerifyTests.meeting()
    chmod(fixture.path, 0o640)
    let store = try Store(path: fixture.path)
    let mode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(store.warnings.contains { $0.contains("can be read by other users") })
  }
}

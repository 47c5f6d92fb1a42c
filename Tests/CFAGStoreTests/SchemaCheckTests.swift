import CFAGDomain
import CFAGStore
import Foundation
import GRDB
import Testing

/// A backup whose schema is not what cfag's migrations make is refused by verify and restore,
/// naming the object, before anything is replaced.
@Suite(.enabled(if: TestStore.isSQLite, "what only an SQLite file has"))
struct SchemaCheckTests {
  static let planted: [(sql: String, name: String)] = [
    (
      """
      CREATE TABLE shadow (t TEXT);
      CREATE TRIGGER keep_rationale AFTER UPDATE ON assessment
      BEGIN INSERT INTO shadow VALUES (old.rationale); END;
      """,
      "trigger keep_rationale on assessment"
    ),
    ("CREATE VIEW everything AS SELECT * FROM assessment", "view everything"),
    ("CREATE TABLE extra (x TEXT)", "table extra"),
    ("CREATE INDEX sneaky ON assessment(rationale)", "index sneaky on assessment"),
    ("DROP INDEX assessment_audit", "index assessment_audit on assessment is missing"),
  ]

  @Test("a planted trigger, view, table or index fails verify and is refused by restore", arguments: 0..<5)
  func plantedObjectsAreRefused(index: Int) throws {
    let (sql, name) = Self.planted[index]
    let (fixture, _) = try VerifyTests.meeting()
    let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
    try fixture.workbench.store.backup(to: copy)
    let queue = try DatabaseQueue(path: copy)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()

    let report = try Verifier.verify(file: copy)
    let problems = report.problems(.schema)
    #expect(problems.contains { $0.description.contains(name) }, "\(report.problems)")
    let before = try fixture.dump()
    #expect {
      try fixture.workbench.store.restore(from: copy)
    } throws: { error in
      "\(error)".contains("does not pass verify") && "\(error)".contains(name)
    }
    #expect(try fixture.dump() == before)
    #expect(!FileManager.default.fileExists(atPath: fixture.path + ".before-restore"))
  }

  @Test("an altered column definition is named")
  func alteredTableIsNamed() throws {
    let (fixture, _) = try VerifyTests.meeting()
    let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
    try fixture.workbench.store.backup(to: copy)
    let queue = try DatabaseQueue(path: copy)
    try queue.write { try $0.execute(sql: "ALTER TABLE recommendation ADD COLUMN note TEXT") }
    try queue.close()
    let problems = try Verifier.verify(file: copy).problems(.schema)
    #expect(
      problems.map(\.description) == [
        "schema: table recommendation differs from what cfag's migrations make: "
          + "it was altered outside cfag"
      ])
  }

  @Test("the program's own database passes")
  func ownSchemaPasses() throws {
    let (fixture, _) = try VerifyTests.meeting()
    #expect(try fixture.workbench.store.verify().problems(.schema) == [])
  }
}

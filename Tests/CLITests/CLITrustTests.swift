import Foundation
import Testing

/// verify, log, backup, restore, purge and demo, as a script would use them.
struct CLITrustTests {
  @Test func verifyPassesOnTheProgramsOwnWritesAndCatchesAnEditBehindItsBack() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let passed = try cli.run(["verify"])
    #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
    #expect(passed.stdout.contains("ok      change log hash chain"))
    try cli.tamper(
      "UPDATE assessment SET overall_grade = 'inadequate' WHERE reference = '\(prepared.included[0])'")
    let failed = try cli.run(["verify"])
    #expect(failed.status == 1)
    #expect(failed.stdout.contains("FAILED  stored values match the change log"))
    #expect(failed.stdout.contains("overall_grade"))
    #expect(failed.stderr.hasPrefix("Error: verify failed"))
    let report = try #require(try cli.run(["verify", "--json"]).json() as? [String: Any])
    #expect(report["valid"] as? Bool == false)
    let problems = try #require(report["problems"] as? [[String: Any]])
    #expect(
      problems.contains {
        $0["table"] as? String == "assessment" && $0["field"] as? String == "overall_grade"
      })
    let nowhere = try cli.run(["verify", "--db", cli.folder.appendingPathComponent("none.sqlite").path])
    #expect(nowhere.status == 1)
    #expect(nowhere.stderr.contains("no database at"))
  }

  @Test func aDatabaseKilledBeforeItsSchemaPassesVerifyAndIsSetUpOnNextUse() throws {
    let cli = try CLIRunner()
    // What a kill between creating the file and writing its schema leaves: SQLite, no tables.
    let blank = cli.folder.appendingPathComponent("blank.sqlite").path
    let created = Process()
    created.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    created.arguments = ["sqlite3", blank, "PRAGMA journal_mode=WAL;"]
    created.standardOutput = FileHandle.nullDevice
    try created.run()
    created.waitUntilExit()
    let verified = try cli.run(["verify", "--db", blank])
    #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
    #expect(verified.stdout.contains("holds nothing yet"))
    let listed = try cli.run(["agencies", "list", "--db", blank])
    #expect(listed.status == 0)
    #expect(listed.stdout.contains("Police"))
    #expect(try cli.run(["verify", "--db", blank]).stdout.contains("ok      change log hash chain"))
    // Killed after the migrations' own table was made but before the first migration committed.
    let begun = cli.folder.appendingPathComponent("begun.sqlite").path
    let making = Process()
    making.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    making.arguments = [
      "sqlite3", begun, "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);",
    ]
    try making.run()
    making.waitUntilExit()
    #expect(try cli.run(["verify", "--db", begun]).stdout.contains("holds nothing yet"))
    #expect(try cli.run(["agencies", "list", "--db", begun]).stdout.contains("Police"))
  }

  @Test func theLogShowsWhoChangedWhatFromWhatToWhatAndWhy() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    try cli.succeed([
      "grade", audit, "MC-1001", "--grade", "inadequate", "--rationale", "On reflection", "--as", "Chair",
    ])
    let records = try #require(
      try cli.run(["log", "--audit", audit, "--case", "MC-1001", "--json"]).json() as? [[String: Any]])
    let regrade = try #require(records.last { $0["field"] as? String == "overall_grade" })
    #expect(regrade["old_value"] as? String == "good")
    #expect(regrade["new_value"] as? String == "inadequate")
    #expect(regrade["actor"] as? String == "Chair")
    #expect((regrade["at"] as? String)?.hasPrefix("2026-11-23T") == true)
    let sequences = records.compactMap { $0["seq"] as? Int }
    #expect(sequences == sequences.sorted())
    let text = try cli.run(["log", "--audit", audit])
    #expect(text.stdout.contains("Chair"))
    #expect(text.stdout.contains("\"good\" → \"inadequate\""))
    let caseAlone = try cli.run(["log", "--case", "MC-1001"])
    #expect(caseAlone.status == 1)
    #expect(caseAlone.stdout.isEmpty)
    #expect(caseAlone.stderr.contains("--audit"))
  }

  @Test func aBackupRestoresWhatWasThereAndABadBackupChangesNothing() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    let backup = try cli.run(["backup", "--out", "backup.sqlite"])
    #expect(backup.status == 0, "\(backup.stderr)")
    #expect(backup.stdout.isEmpty)
    let path = cli.folder.appendingPathComponent("backup.sqlite").path
    #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    #expect(try cli.run(["backup", "--out", "backup.sqlite"]).status == 1)
    try cli.succeed(["audit", "delete", audit, "--reason", "test"])
    #expect((try cli.run(["audit", "list", "--json"]).json() as? [Any])?.isEmpty == true)
    try cli.tamper("UPDATE assessment SET rationale = 'changed'", database: path)
    let before = try cli.dump()
    let refused = try cli.run(["restore", "backup.sqlite"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(try cli.dump() == before)
    try cli.succeed(["backup", "--out", "kept.sqlite"])
    try cli.succeed(["audit", "create", "--theme", "child-in-need", "--date", "2027-01-10"])
    let restored = try cli.run(["restore", "kept.sqlite"])
    #expect(restored.status == 0, "\(restored.stderr)")
    #expect(restored.stdout.isEmpty)
    #expect(restored.stderr.contains("before-restore"))
    #expect((try cli.run(["audit", "list", "--json"]).json() as? [Any])?.isEmpty == true)
    #expect(try cli.run(["verify"]).status == 0)
  }

  @Test func aPurgeKeepsEveryFigureAndADryRunChangesNothing() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let shownBefore = try #require(
      try cli.run(["audit", "show", prepared.id, "--json"]).json() as? [String: Any])
    let before = try cli.dump()
    let dryRun = try cli.run(["purge", "--before", "2026-11-23", "--dry-run"])
    #expect(dryRun.status == 0)
    #expect(dryRun.stdout.contains(prepared.id))
    #expect(try cli.dump() == before)
    let future = try cli.run(["purge", "--before", "2027-01-01"])
    #expect(future.status == 1)
    #expect(future.stderr.contains("2027-01-01"))
    #expect(try cli.dump() == before)
    let purged = try cli.run(["purge", "--before", "2026-11-23"])
    #expect(purged.status == 0)
    #expect(purged.stdout.isEmpty)
    #expect(purged.stderr.contains("[purged 2026-11-23]"))
    let shownAfter = try #require(
      try cli.run(["audit", "show", prepared.id, "--json"]).json() as? [String: Any])
    #expect(shownAfter["counts"] as? [String: Int] == shownBefore["counts"] as? [String: Int])
    #expect(shownAfter["headline"] as? String == shownBefore["headline"] as? String)
    let cases = try #require(shownAfter["cases"] as? [[String: Any]])
    #expect(
      cases.filter { $0["grade"] != nil }.allSatisfy { $0["rationale"] as? String == "[purged 2026-11-23]" })
    #expect(try cli.run(["verify"]).status == 0)
    let again = try #require(
      try cli.run(["purge", "--before", "2026-11-23", "--dry-run", "--json"]).json() as? [String: Any])
    #expect(again["total"] as? Int == 0)
  }

  @Test func demoDataFillsAnEmptyDatabaseOnlyAndPassesVerify() throws {
    let cli = try CLIRunner()
    let summary = try #require(try cli.run(["demo", "--json"]).json() as? [String: Int])
    #expect((summary["audits"] ?? 0) >= 5)
    #expect((summary["actions"] ?? 0) > 0)
    let audits = try #require(try cli.run(["audit", "list", "--json"]).json() as? [[String: Any]])
    #expect(audits.count == summary["audits"])
    #expect(Set(audits.compactMap { $0["stage"] as? String }).count >= 5)
    let again = try cli.run(["demo"])
    #expect(again.status == 1)
    #expect(again.stdout.isEmpty)
    #expect(again.stderr.contains("--force"))
    #expect(try cli.run(["verify"]).status == 0)
  }
}

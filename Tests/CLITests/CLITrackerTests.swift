import Foundation
import Testing

/// The Learning Lessons tracker's commands, as a script would use them.
struct CLITrackerTests {
  @Test func raisingAnActionPrintsItsIdAloneAndWarningsOnStderr() throws {
    let cli = try CLIRunner()
    let raised = try cli.run([
      "actions", "add", "--source", "LCSPR Smith family", "--owner", "police", "--lead", "DI", "--due",
      "2027-01-31",
      "--text", "Train",
    ])
    #expect(raised.status == 0)
    #expect(raised.stdout == "LL-2026-001\n")
    #expect(raised.stderr.contains("SMART"))
    let json = try cli.run([
      "actions", "add", "--source", "LCSPR Smith family", "--owner", "police", "--lead", "DI", "--due",
      "2027-01-31",
      "--text", "Brief every team on the findings and report attendance to the subgroup", "--json",
    ])
    #expect(try json.json() as? [String: String] == ["id": "LL-2026-002"])
    let shown = try #require(
      try cli.run(["actions", "show", "LL-2026-002", "--json"]).json() as? [String: Any])
    let action = try #require(shown["action"] as? [String: Any])
    #expect(action["owner"] as? String == "kent-police")
    #expect(action["due"] as? String == "2027-01-31")
    #expect(action["rag"] as? String == "green")
    #expect((action["source"] as? [String: Any])?["kind"] as? String == "other")
  }

  @Test(arguments: [
    (["--owner", "police", "--owner", "health"], "exactly one owner agency"),
    (["--owner", "police", "--source", "s", "--audit", "CFAG-2026-01"], "exactly one of"),
    ([String](), "--owner"),
  ])
  func aBadSourceOrOwnerIsAUsageError(extra: [String], message: String) throws {
    let cli = try CLIRunner()
    let base = ["actions", "add", "--lead", "DI", "--due", "2027-01-31", "--text", "t"]
    let sourced = extra.contains("--source") ? extra : extra + ["--source", "s"]
    let result = try cli.run(base + sourced)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: cli.databasePath), "a usage error opens no database")
  }

  @Test func changingAnActionPrintsNothingOnStdout() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let updated = try cli.run([
      "actions", "update", prepared.action, "--status", "in-progress", "--confidence", "at-risk",
    ])
    #expect(updated.status == 0)
    #expect(updated.stdout.isEmpty)
    #expect(updated.stderr.contains("status: not-started → in-progress"))
    var listed = try #require(
      try cli.run(["actions", "list", "--rag", "amber", "--json"]).json() as? [[String: Any]])
    #expect(listed.map { $0["id"] as? String } == [prepared.action])
    let before = try cli.dump()
    let unevidenced = try cli.run(["actions", "close", prepared.action, "--by", "Chair"])
    #expect(unevidenced.status == 1)
    #expect(unevidenced.stdout.isEmpty)
    #expect(unevidenced.stderr.contains("evidence of impact"))
    #expect(try cli.dump() == before)
    let closed = try cli.run([
      "actions", "close", prepared.action, "--by", "Chair", "--evidence", "Drift fell from 9 plans to 2",
    ])
    #expect(closed.status == 0)
    #expect(closed.stdout.isEmpty)
    listed = try #require(
      try cli.run(["actions", "list", "--status", "closed", "--json"]).json() as? [[String: Any]])
    #expect(listed.first?["closed_by"] as? String == "Chair")
    #expect(listed.first?["rag"] as? String == "none")
    let reopened = try cli.run(["actions", "reopen", prepared.action, "--reason", "Drift returned"])
    #expect(reopened.status == 0)
    #expect(reopened.stdout.isEmpty)
    let history = try #require(
      try cli.run(["log", "--action", prepared.action, "--json"]).json() as? [[String: Any]])
    #expect(history.contains { $0["reason"] as? String == "Drift returned" })
  }

  @Test func anExportedPackEditedAndImportedAppliesEveryChangeOrNone() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let exported = try cli.run(["actions", "export", "--format", "csv", "--out", "pack.csv"])
    #expect(exported.status == 0)
    #expect(exported.stdout.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(
      atPath: cli.folder.appendingPathComponent("pack.csv").path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    var rows = try cli.read("pack.csv").split(whereSeparator: \.isNewline).map {
      CLIRunner.csvFields(String($0))
    }
    let header = rows[0]
    let status = try #require(header.firstIndex(of: "Status"))
    let note = try #require(header.firstIndex(of: "New progress note"))
    let row = try #require(rows.firstIndex { $0.first == prepared.action })
    rows[row][note] = "Second panel held, 12 plans reviewed"
    rows[row][status] = "Finished"
    try cli.write("bad.csv", rows.map(CLIRunner.csvLine).joined(separator: "\r\n") + "\r\n")
    let before = try cli.dump()
    let refused = try cli.run(["actions", "import", "bad.csv"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("bad.csv:\(row + 1): \(prepared.action): Status \"Finished\""))
    #expect(refused.stderr.contains("nothing was applied"))
    #expect(try cli.dump() == before)
    rows[row][status] = "In progress"
    try cli.write("good.csv", rows.map(CLIRunner.csvLine).joined(separator: "\r\n") + "\r\n")
    let dryRun = try cli.run(["actions", "import", "good.csv", "--dry-run"])
    #expect(dryRun.status == 0)
    #expect(dryRun.stdout.contains("\(prepared.action) (line \(row + 1))"))
    #expect(dryRun.stdout.contains("status: not-started → in-progress"))
    #expect(try cli.dump() == before)
    let applied = try cli.run(["actions", "import", "good.csv"])
    #expect(applied.status == 0)
    #expect(applied.stdout == dryRun.stdout)
    let shown = try #require(
      try cli.run(["actions", "show", prepared.action, "--json"]).json() as? [String: Any])
    let action = try #require(shown["action"] as? [String: Any])
    #expect(action["status"] as? String == "in-progress")
    #expect(
      (action["progress"] as? [[String: Any]])?.last?["text"] as? String
        == "Second panel held, 12 plans reviewed")
    let conflict = try cli.run(["actions", "import", "good.csv"])
    #expect(conflict.status == 1, "the action changed since the export: \(conflict.stderr)")
  }

  @Test func anActionsTrailLeadsBackToTheCases() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let trail = try #require(
      try cli.run(["actions", "show", prepared.action, "--json"]).json() as? [String: Any])
    #expect((trail["recommendation"] as? [String: Any])?["id"] as? String == prepared.recommendation)
    #expect((trail["audit"] as? [String: Any])?["id"] as? String == prepared.id)
    let cases = try #require(trail["cases"] as? [[String: Any]])
    #expect(Set(cases.compactMap { $0["reference"] as? String }) == Set(prepared.included))
    #expect(cases.allSatisfy { ($0["label"] as? String)?.hasPrefix("Case ") == true })
    let text = try cli.run(["actions", "show", prepared.action])
    #expect(text.stdout.contains("Recommendation \(prepared.recommendation)"))
    let missing = try cli.run(["actions", "show", "LL-2026-999"])
    #expect(missing.status == 1)
    #expect(missing.stdout.isEmpty)
    #expect(missing.stderr.contains("LL-2026-999"))
  }
}

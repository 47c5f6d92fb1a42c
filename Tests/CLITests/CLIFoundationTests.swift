import Foundation
import Testing

/// The Foundation issue's commands as a script would use them.
struct CLIFoundationTests {
  @Test func createThenShowReturnsWhatWasCreated() throws {
    let cli = try CLIRunner()
    let created = try cli.run(
      "audit create --theme child-in-need --date 2026-12-01 --title \"CIN audit\" --chair \"Head of QA\" --agency police --agency MFT"
    )
    #expect(created.status == 0)
    #expect(created.stdout == "CFAG-2026-01\n")
    #expect(created.stderr.contains("created audit CFAG-2026-01"))
    let shown = try cli.run("audit show CFAG-2026-01 --json")
    #expect(shown.status == 0)
    let audit = try #require(try shown.json() as? [String: Any])
    #expect(audit["id"] as? String == "CFAG-2026-01")
    #expect(audit["title"] as? String == "CIN audit")
    #expect(audit["meeting_date"] as? String == "2026-12-01")
    #expect(audit["chair"] as? String == "Head of QA")
    #expect(audit["theme_id"] as? String == "child-in-need")
    #expect(audit["panel_agencies"] as? [String] == ["kent-police", "medway-nhs-foundation-trust"])
    #expect(audit["stage"] as? String == "planning")
  }

  @Test func sixCasesGradedOneFourOneAreCountedThatWay() throws {
    let cli = try CLIRunner()
    let id = try cli.gradedAudit()
    let shown = try cli.run(["audit", "show", id, "--json"])
    let audit = try #require(try shown.json() as? [String: Any])
    let counts = try #require(audit["counts"] as? [String: Int])
    #expect(counts == ["cases": 6, "graded": 6, "good": 1, "requires_improvement": 4, "inadequate": 1])
    #expect(
      audit["headline"] as? String
        == "1 of the 6 cases looked at in the themed audit of children on a child in need plan was identified as "
        + "good, 4 as requiring improvement and 1 as inadequate.")
    let text = try cli.run(["audit", "show", id])
    #expect(text.stdout.contains("6 of 6 graded: 1 good, 4 requires improvement, 1 inadequate"))
    let list = try #require(try cli.run("audit list --json").json() as? [[String: Any]])
    #expect(list.count == 1)
    #expect(list[0]["stage"] as? String == "reporting")
  }

  @Test func escalationPrintsTheActionIdAlone() throws {
    let cli = try CLIRunner()
    let id = try cli.gradedAudit()
    let result = try cli.run([
      "escalate", id, "MC-1006", "--reason", "No safety plan", "--owner", "social care", "--lead", "TM",
    ])
    #expect(result.status == 0)
    #expect(result.stdout == "LL-2026-001\n")
    let json = try cli.run([
      "escalate", id, "MC-1005", "--reason", "r", "--owner", "police", "--lead", "DS", "--json",
    ])
    #expect(try json.json() as? [String: String] == ["id": "LL-2026-002"])
  }

  @Test func findingsAndRecommendations() throws {
    let cli = try CLIRunner()
    let id = try cli.gradedAudit()
    let findings = try #require(try cli.run(["findings", id, "--json"]).json() as? [[String: Any]])
    #expect(findings.count == 1)
    #expect(findings[0]["tag"] as? String == "late-referral")
    #expect(findings[0]["count"] as? Int == 6)
    let recommendation = try cli.run([
      "recommend", id, "--text", "Relaunch the escalation policy", "--finding", "late referral",
    ])
    #expect(recommendation.stdout == "R-1\n")
    #expect(try cli.run(["recommend", "edit", "R-1", "--text", "Relaunch it"]).status == 0)
    #expect(try cli.run(["recommend", "delete", "R-1"]).status == 0)
    #expect(try cli.run(["recommend", "delete", "R-1"]).stderr.contains("no recommendation \"R-1\""))
  }

  @Test func aGradeWithoutARationaleIsRefusedClearly() throws {
    let cli = try CLIRunner()
    let id = try cli.gradedAudit()
    let missing = try cli.run(["grade", id, "MC-1001", "--grade", "good"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("--rationale"))
    let blank = try cli.run(["grade", id, "MC-1001", "--grade", "good", "--rationale", "  "])
    #expect(blank.status == 1)
    #expect(blank.stderr.contains("a grade needs a written rationale"))
    #expect(!blank.stderr.contains("Fatal error"))
  }

  @Test(arguments: [
    (["audit", "create", "--theme", "child-in-need", "--date", "2026-13-01"], "2026-13-01"),
    (["audit", "create", "--theme", "nope", "--date", "2026-12-01"], "no theme \"nope\""),
    (["audit", "show", "CFAG-1999-01"], "no audit \"CFAG-1999-01\""),
    (["grade", "CFAG-1999-01", "X-1", "--grade", "excellent", "--rationale", "r"], "excellent"),
    (
      ["audit", "create", "--theme", "child-in-need", "--date", "2026-12-01", "--agency", "fire brigade"],
      "fire brigade"
    ),
  ])
  func badInputNamesTheValue(arguments: [String], expected: String) throws {
    let cli = try CLIRunner()
    let result = try cli.run(arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(expected))
    #expect(result.stdout.isEmpty)
  }

  @Test func themesListAndCheck() throws {
    let cli = try CLIRunner()
    let list = try #require(try cli.run("themes list --json").json() as? [[String: Any]])
    #expect(list.count >= 7)
    #expect(try cli.run("themes check").status == 0)
    let broken = cli.folder.appendingPathComponent("broken.yaml")
    try "id: broken\ntitel: Typo\n".write(to: broken, atomically: true, encoding: .utf8)
    let checked = try cli.run(["themes", "check", broken.path])
    #expect(checked.status == 1)
    #expect(checked.stderr.contains("broken.yaml:2:1"))
  }

  @Test func offATerminalTheBareCommandExplainsItself() throws {
    let cli = try CLIRunner()
    let result = try cli.run([])
    #expect(result.status != 0)
    #expect(result.stderr.contains("need a terminal"))
    #expect(result.stderr.contains("USAGE") || result.stderr.contains("SUBCOMMANDS"))
  }
}

import Foundation
import Testing

/// Correcting a saved action from the command line: each change logged with its reason.
struct CLICorrectionTests {
  @Test func actionsUpdateCorrectsTextOwnerAndLeadAndTheLogShowsEachChange() throws {
    let cli = try CLIRunner()
    let id = try cli.run([
      "actions", "add", "--source", "LCSPR Smith family", "--owner", "social care", "--lead",
      "Head of Service",
      "--due", "2027-01-31", "--text", "Brief every team on the findings and report attendance",
    ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let updated = try cli.run([
      "actions", "update", id, "--lead", "DI Jones", "--owner", "police", "--text",
      "Brief every police team on the findings and report attendance to the subgroup", "--reason",
      "raised against the wrong agency",
    ])
    #expect(updated.status == 0, "\(updated.stderr)")
    let log = try cli.run(["log", "--action", id]).stdout
    for field in ["text:", "lead: \"Head of Service\" → \"DI Jones\"", "owner:"] {
      #expect(log.contains(field), "\(log)")
    }
    #expect(log.components(separatedBy: "(reason: raised against the wrong agency)").count == 4)
    let shown = try #require(try cli.run(["actions", "show", id, "--json"]).json() as? [String: Any])
    let action = try #require(shown["action"] as? [String: Any])
    #expect(action["owner"] as? String == "kent-police")
    #expect(action["lead"] as? String == "DI Jones")
  }

  @Test func aReasonAloneChangesNothing() throws {
    let cli = try CLIRunner()
    let result = try cli.run(["actions", "update", "LL-2026-001", "--reason", "why"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("nothing to change"))
  }
}

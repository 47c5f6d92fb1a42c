import Foundation
import Testing

/// The operations' rules as the command line shows them: personal-data warnings on stderr, errors
/// with their flags, and scripts that refuse to overwrite a change they have not seen.
struct CLIRulesTests {
  func audit(_ cli: CLIRunner) throws -> String {
    let id = try cli.succeed([
      "audit", "create", "--theme", "child-in-need", "--date", "2026-12-01", "--agency", "police",
    ])
    for reference in ["MC-1001", "MC-1002"] {
      try cli.succeed(["audit", "add-case", id, reference, "--reason", "chosen by the Executive"])
    }
    return id
  }

  @Test func freeTextWithPersonalDataIsSavedWithAWarningNamingTheKind() throws {
    let cli = try CLIRunner()
    let id = try audit(cli)
    let escalated = try cli.run([
      "escalate", id, "MC-1001", "--reason", "Mr Smith shouted at the baby", "--owner", "police", "--lead",
      "DS Jones",
    ])
    #expect(escalated.status == 0)
    #expect(escalated.stderr.contains("warning: concern: this text may contain a person's name"))
    let recommended = try cli.run(["recommend", id, "--text", "Kayden Smith was seen at ME4 4TR"])
    #expect(recommended.status == 0)
    #expect(recommended.stderr.contains("may contain a person's name"))
    #expect(recommended.stderr.contains("may contain a postcode"))
    let graded = try cli.run([
      "grade", id.lowercased(), "MC-1001", "--grade", "RI", "--rationale", "Sibling mc-1002 not seen",
    ])
    #expect(graded.status == 0)
    #expect(
      graded.stderr.contains("warning: rationale: this text may contain a case reference (\"mc-1002\")"))
  }

  @Test func aMissingFieldNamesItsFlag() throws {
    let cli = try CLIRunner()
    let id = try audit(cli)
    let refused = try cli.run([
      "escalate", id, "MC-1001", "--reason", " ", "--owner", "police", "--lead", "L",
    ])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("concern: say what the immediate concern is (--reason TEXT)"))
  }

  @Test func ifUnchangedSinceRefusesToOverwriteAChangeNotSeen() throws {
    let cli = try CLIRunner()
    let id = try audit(cli)
    try cli.succeed(["grade", id, "MC-1001", "--grade", "good", "--rationale", "First look"])
    let log = try #require(try cli.run(["log", "--json"]).json() as? [[String: Any]])
    let seen = try #require(log.compactMap { $0["seq"] as? Int }.max())
    try cli.succeed([
      "grade", id, "MC-1001", "--grade", "inadequate", "--rationale", "Someone else", "--as", "Chair",
    ])
    let before = try cli.dump()
    let refused = try cli.run([
      "grade", id, "MC-1001", "--grade", "good", "--rationale", "Mine", "--if-unchanged-since", String(seen),
    ])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("was changed by Chair"))
    #expect(try cli.dump() == before)
    let current = try #require(try cli.run(["log", "--json"]).json() as? [[String: Any]])
    let head = try #require(current.compactMap { $0["seq"] as? Int }.max())
    try cli.succeed([
      "grade", id, "MC-1001", "--grade", "good", "--rationale", "Mine", "--if-unchanged-since", String(head),
    ])
  }
}

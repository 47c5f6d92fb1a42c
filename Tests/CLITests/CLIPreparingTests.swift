import Foundation
import Testing

/// The candidate list, the draw and agency returns, as a script would use them.
struct CLIPreparingTests {
  @Test func importingAndListingCandidates() throws {
    let cli = try CLIRunner()
    try cli.write("candidates.csv", CLIRunner.candidateCSV)
    let imported = try cli.run(["cases", "import", "candidates.csv"])
    #expect(imported.status == 0)
    #expect(imported.stdout.isEmpty)
    #expect(imported.stderr.contains("8 added"))
    let summary = try #require(
      try cli.run(["cases", "import", "candidates.csv", "--json"]).json() as? [String: Any])
    #expect(summary["unchanged"] as? Int == 8)
    let pool = try #require(
      try cli.run(["cases", "list", "--theme", "child-in-need", "--json"]).json() as? [[String: Any]])
    #expect(pool.count == 7)
    #expect(!pool.contains { $0["reference"] as? String == "MC-2007" })
    #expect(pool.allSatisfy { $0["date_of_birth"] == nil && $0["age_band"] != nil })
    let cleared = try cli.run(["cases", "clear"])
    #expect(cleared.status == 0)
    #expect(cleared.stdout.isEmpty)
    #expect((try cli.run(["cases", "list", "--json"]).json() as? [Any])?.isEmpty == true)
  }

  @Test func aListWithANameColumnIsRefusedAndNothingIsStored() throws {
    let cli = try CLIRunner()
    try cli.write("candidates.csv", CLIRunner.candidateCSV)
    try cli.succeed(["cases", "import", "candidates.csv"])
    let before = try cli.dump()
    try cli.write("named.csv", "Case Reference,Child Name,Plan Type\nMC-3001,Jo Bloggs,CIN\n")
    let refused = try cli.run(["cases", "import", "named.csv"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("named.csv:1: column \"Child Name\""))
    #expect(refused.stderr.contains("nothing was stored"))
    #expect(try cli.dump() == before)
    let dropped = try cli.run(["cases", "import", "named.csv", "--drop", "Child Name", "--source", "extra"])
    #expect(dropped.status == 0, "\(dropped.stderr)")
    #expect(try cli.dump() != before)
  }

  @Test func theSameSeedDrawsTheSameCasesInTheSameOrder() throws {
    var draws: [[String]] = []
    for _ in 0..<2 {
      let cli = try CLIRunner()
      try cli.write("candidates.csv", CLIRunner.candidateCSV)
      try cli.succeed(["cases", "import", "candidates.csv"])
      let id = try cli.succeed(["audit", "create", "--theme", "child-in-need", "--date", "2026-12-10"])
      let sampled = try cli.run(["audit", "sample", id, "--size", "4", "--reserves", "2", "--seed", "7"])
      #expect(sampled.status == 0)
      #expect(sampled.stdout.isEmpty)
      #expect(sampled.stderr.contains("seed:       7"))
      let audit = try #require(try cli.run(["audit", "show", id, "--json"]).json() as? [String: Any])
      let cases = try #require(audit["cases"] as? [[String: Any]])
      draws.append(cases.compactMap { $0["reference"] as? String })
      let sample = try #require(audit["sample"] as? [String: Any])
      #expect(sample["pool_size"] as? Int == 7)
      #expect(sample["seed"] as? String == "7")
    }
    #expect(draws[0].count == 6)
    #expect(draws[0] == draws[1])
  }

  @Test func aSecondDrawNeedsForceAndReplacingUsesTheFirstReserve() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let before = try cli.dump()
    let again = try cli.run(["audit", "sample", prepared.id, "--size", "4", "--seed", "8"])
    #expect(again.status == 1)
    #expect(again.stdout.isEmpty)
    #expect(again.stderr.contains("--force"))
    let forced = try cli.run(["audit", "sample", prepared.id, "--size", "4", "--seed", "8", "--force"])
    #expect(forced.status == 1, "a forced redraw is refused once drawn cases have returns or grades")
    #expect(try cli.dump() == before)
    let audit = try #require(try cli.run(["audit", "show", prepared.id, "--json"]).json() as? [String: Any])
    let cases = try #require(audit["cases"] as? [[String: Any]])
    let replaced = try #require(cases.first { $0["reference"] as? String == prepared.drawn[0] })
    #expect(replaced["status"] as? String == "replaced")
    #expect(replaced["status_reason"] as? String == "moved out of area")
    let included = cases.filter { $0["status"] as? String == "included" }.compactMap {
      $0["reference"] as? String
    }
    #expect(Set(included) == Set(prepared.included))
  }

  @Test func returnsGoInByFileAndByCommandAndShowInTheChaseList() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let status = try #require(
      try cli.run(["returns", "status", prepared.id, "--json"]).json() as? [[String: Any]])
    let police = try #require(status.first { $0["agency_id"] as? String == "kent-police" })
    #expect(police["returned"] as? Int == 1)
    #expect(police["not_involved"] as? Int == 3)
    #expect(police["missing"] as? Int == 0)
    #expect(police["overdue"] as? Bool == false)
    let socialCare = try #require(status.first { $0["agency_id"] as? String != "kent-police" })
    #expect(socialCare["overdue"] as? Bool == true)
    // Where the candidate list's "agencies known" leaves social care out, no return is expected.
    let socialCareCases = try #require(socialCare["cases"] as? [[String: Any]])
    let notKnown = socialCareCases.filter { $0["state"] as? String == "not-known" }.count
    #expect(notKnown > 0)
    #expect(socialCare["missing"] as? Int == 3 - notKnown)
    #expect(status.first?["agency_id"] as? String != "kent-police", "overdue agencies come first")
    let withdrawn = try cli.run([
      "returns", "withdraw", prepared.id, prepared.included[1], "--agency", "social care", "--reason",
      "sent in error",
    ])
    #expect(withdrawn.status == 0)
    #expect(withdrawn.stdout.isEmpty)
    #expect(withdrawn.stderr.contains("withdrew"))
    let pack = try cli.run(["returns", "pack", prepared.id, "--format", "md"])
    #expect(pack.status == 0)
    #expect(pack.stdout.contains("Case A"))
    #expect(
      pack.stdout.contains("partly: seen in the records") || pack.stdout.contains("seen in the records"))
  }

  @Test func aBadReturnNamesTheLineItemAndValueAndStoresNothing() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let filled = try cli.read("police.csv")
    try cli.write(
      "bad.csv",
      filled.replacingOccurrences(of: ",partly: seen in the records\r\n", with: ",sometimes: late\r\n"))
    let before = try cli.dump()
    let refused = try cli.run(["returns", "import", prepared.id, "bad.csv"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderr.contains(
        /bad\.csv:\d+: answer [a-z-]+: case MC-\d+: "sometimes: late" is not yes\/partly\/no\/n\/a/))
    #expect(refused.stderr.contains("nothing was stored"))
    #expect(try cli.dump() == before)
    let unknownAgency = try cli.run([
      "returns", "add", prepared.id, prepared.included[0], "--agency", "fire brigade", "--involved", "no",
    ])
    #expect(unknownAgency.status == 1)
    #expect(unknownAgency.stderr.contains("fire brigade"))
    let missing = try cli.run(["returns", "import", prepared.id, "no-such-file.csv"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no-such-file.csv"))
    #expect(try cli.dump() == before)
  }

  @Test func aTemplateIsNeverOverwrittenWithoutForce() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    let arguments = [
      "returns", "template", prepared.id, "--agency", "police", "--format", "md", "--out",
      "police-template.csv",
    ]
    let refused = try cli.run(arguments)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("already exists"))
    #expect(try cli.read("police-template.csv").contains("audit,agency,case,item"))
    let forced = try cli.run(arguments + ["--force"])
    #expect(forced.status == 0)
    #expect(forced.stdout.isEmpty)
    #expect(try cli.read("police-template.csv").hasPrefix("# Agency return"))
  }
}

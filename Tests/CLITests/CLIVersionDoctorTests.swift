import Foundation
import Testing

/// `cfag --version`, `cfag doctor` and the quiet progress, run as a person or a script would.
struct CLIVersionDoctorTests {
  @Test func versionNamesTheProgramAndTheSchema() throws {
    let cli = try CLIRunner()
    let text = try cli.run("--version")
    #expect(text.status == 0)
    #expect(text.stdout.wholeMatch(of: /cfag \d+\.\d+\.\d+ \(database schema \d+\)\n/) != nil)
    let json = try #require(try cli.run("--version --json").json() as? [String: Any])
    #expect((json["version"] as? String)?.isEmpty == false)
    #expect((json["schema_version"] as? Int ?? 0) >= 1)
    #expect(text.stdout.contains(json["version"] as! String))
  }

  @Test func doctorPassesAHealthySetupAndCreatesNothing() throws {
    var cli = try CLIRunner()
    cli.environment["TERM"] = "xterm"
    let result = try cli.run("doctor")
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("7 themes"))
    #expect(result.stdout.contains("no database yet; cfag creates it on first use"))
    #expect(result.stdout.contains("CFAG_TODAY=2026-11-23 fixes today's date"))
    #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
  }

  @Test func doctorWarnsOfAnUnknownTerminalAndItsFallback() throws {
    var cli = try CLIRunner()
    cli.environment["TERM"] = "nosuchterm"
    let result = try cli.run("doctor")
    #expect(result.stdout.contains("TERM=nosuchterm is not in the terminfo database"))
    #expect(result.stdout.contains("the screens use xterm-256color instead"))
    let json = try #require(try cli.run("doctor --json").json() as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["level"] as? String == "warning" && $0["area"] as? String == "terminal" })
    cli.environment["TERM"] = "dumb"
    let dumb = try cli.run("doctor")
    #expect(dumb.status == 1)
    #expect(dumb.stdout.contains("TERM=dumb cannot move the cursor"))
  }

  @Test func doctorReadsAnExistingDatabase() throws {
    var cli = try CLIRunner()
    cli.environment["TERM"] = "xterm"
    _ = try cli.run("audit create --theme child-in-need --date 2026-12-01")
    let result = try cli.run("doctor")
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("schema version 1, 1 audits") || result.stdout.contains(", 1 audits"))
    #expect(result.stdout.contains("WAL mode"))
    #expect(result.stdout.contains("quick integrity check passed"))
  }

  @Test func demoAndVerifyWriteNoProgressWhenStderrIsNotATerminal() throws {
    let cli = try CLIRunner(today: "2026-03-02")
    let demo = try cli.run("demo")
    #expect(demo.status == 0)
    #expect(demo.stderr.hasPrefix("demo data loaded:"))
    #expect(!demo.stderr.contains("\r") && !demo.stderr.contains("\u{1B}"))
    let verify = try cli.run("verify")
    #expect(verify.status == 0)
    #expect(verify.stderr.isEmpty)
  }
}

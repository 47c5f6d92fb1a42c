import Foundation
import Testing

/// `--help` on every command, usage errors without stack traces, and docs/cli.md naming every
/// command, found by walking the SUBCOMMANDS sections of the help from `cfag --help` down.
struct CLIHelpTests {
  /// Every command's words below `cfag`, e.g. `["audit", "sample"]`, parents before children.
  static func commandTree(_ cli: CLIRunner, under parent: [String] = []) throws -> [[String]] {
    let help = try cli.run(parent + ["--help"])
    #expect(help.status == 0, "cfag \(parent.joined(separator: " ")) --help: \(help.stderr)")
    #expect(help.stdout.contains("USAGE: cfag"), "cfag \(parent.joined(separator: " ")) --help")
    #expect(!hasStackTrace(help.stdout + help.stderr))
    var tree = [parent]
    for name in subcommands(in: help.stdout) {
      tree += try commandTree(cli, under: parent + [name])
    }
    return tree
  }

  /// The names listed under `SUBCOMMANDS:` (`render (default)` gives `render`).
  static func subcommands(in help: String) -> [String] {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
    return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
      guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.hasPrefix("  See ") else { return nil }
      return line.split(separator: " ").first.map(String.init)
    }
  }

  static func hasStackTrace(_ text: String) -> Bool {
    ["Fatal error", "Stack dump", "stack trace", "Backtrace", "SIGSEGV", "SIGILL", "0x0000"].contains {
      text.contains($0)
    }
  }

  @Test func everyCommandHasHelpAndIsNamedInTheDocs() throws {
    let cli = try CLIRunner()
    let tree = try Self.commandTree(cli)
    #expect(tree.count > 60)
    for expected in [
      ["audit", "sample"], ["returns", "status"], ["actions", "import"], ["report", "trends"], ["verify"],
    ] {
      #expect(tree.contains(expected), "\(expected) is not in the help")
    }
    let docs = try String(
      contentsOf: CLIRunner.repository.appendingPathComponent("docs/cli.md"), encoding: .utf8)
    for command in tree.dropFirst() {
      let name = (["cfag"] + command).joined(separator: " ")
      #expect(docs.contains("`\(name)"), "docs/cli.md does not name `\(name)`")
    }
    let viaHelp = try cli.run(["help", "audit", "sample"])
    #expect(viaHelp.status == 0)
    #expect(viaHelp.stdout.contains("USAGE: cfag audit sample"))
  }

  @Test func aUsageErrorNamesTheProblemWithoutAStackTrace() throws {
    let cli = try CLIRunner()
    for command in try Self.commandTree(cli) {
      let result = try cli.run(command + ["--no-such-option"])
      let name = (["cfag"] + command).joined(separator: " ")
      #expect(result.status == 64, "\(name) --no-such-option exited \(result.status)")
      #expect(result.stdout.isEmpty, "\(name) --no-such-option printed on stdout")
      #expect(result.stderr.hasPrefix("Error: "), "\(name): \(result.stderr)")
      #expect(result.stderr.contains("Usage: cfag"), "\(name): \(result.stderr)")
      #expect(!Self.hasStackTrace(result.stderr), "\(name): \(result.stderr)")
    }
  }

  @Test(arguments: [
    (["audit", "create", "--theme", "child-in-need", "--date", "2026-13-01"], "2026-13-01"),
    (["audit", "sample", "CFAG-2026-01", "--size", "six"], "six"),
    (["audit", "sample", "CFAG-2026-01"], "--size"),
    (["grade", "CFAG-2026-01", "MC-1", "--grade", "excellent", "--rationale", "r"], "excellent"),
    (["returns", "template", "CFAG-2026-01", "--agency", "police", "--format", "pdf", "--out", "x"], "pdf"),
    (["actions", "update", "LL-2026-001", "--rag", "purple", "--rag-reason", "r"], "purple"),
    (
      [
        "actions", "add", "--source", "s", "--owner", "police", "--lead", "L", "--due", "soon", "--text", "t",
      ], "soon"
    ),
    (["report", "CFAG-2026-01", "--format", "pdf"], "pdf"),
    (["purge", "--before", "last year"], "last year"),
    (["demo", "--years", "many"], "many"),
  ])
  func aValueThatDoesNotParseIsAUsageError(arguments: [String], value: String) throws {
    let cli = try CLIRunner()
    let result = try cli.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(value))
    #expect(result.stderr.contains("Usage: cfag"))
    #expect(!Self.hasStackTrace(result.stderr))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func shellCompletionsComeFromArgumentParser(shell: String) throws {
    let cli = try CLIRunner()
    let result = try cli.run(["--generate-completion-script", shell])
    #expect(result.status == 0)
    #expect(result.stdout.contains("cfag"))
    #expect(result.stdout.contains("sample"))
    #expect(result.stdout.contains("stratify"))
  }
}

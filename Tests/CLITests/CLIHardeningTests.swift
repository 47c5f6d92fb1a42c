import Foundation
import Testing

/// What an outside file, a shared laptop or a careless user could do, tried through the commands.
struct CLIHardeningTests {
  /// A title, reason, rationale and progress note carrying ESC, BEL, OSC (window title, clipboard)
  /// and CSI (clear screen) sequences and a bidi override.
  static let hostile = "Evil\u{1B}]0;pwned\u{07}\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}[2J\u{9B}1m\u{202E}end"

  static func controlBytes(_ text: String) -> [UInt8] {
    text.utf8.filter { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F }
  }

  @Test("stored escape sequences come out neutralised in every listing, and exact in JSON")
  func escapeSequencesAreNeutralised() throws {
    let cli = try CLIRunner()
    let audit = try cli.succeed([
      "audit", "create", "--theme", "child-in-need", "--date", "2026-12-01", "--agency", "police",
      "--title", Self.hostile,
    ])
    try cli.succeed(["audit", "add-case", audit, "MC-1001", "--reason", Self.hostile])
    try cli.succeed(["grade", audit, "MC-1001", "--grade", "good", "--rationale", Self.hostile])
    let action = try cli.succeed([
      "actions", "add", "--owner", "police", "--lead", Self.hostile, "--due", "2027-03-31", "--text",
      Self.hostile, "--source", "other",
    ])
    let outputs: [[String]] = [
      ["audit", "show", audit], ["audit", "list"], ["actions", "list"], ["actions", "show", action], ["log"],
      ["report", audit, "--format", "md"], ["report", audit, "--format", "md", "--internal"],
      ["returns", "pack", audit, "--format", "md"],
    ]
    for arguments in outputs {
      let result = try cli.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(Self.controlBytes(result.stdout).isEmpty, "\(arguments) printed control bytes")
      #expect(Self.controlBytes(result.stderr).isEmpty, "\(arguments) printed control bytes on stderr")
      #expect(!result.stdout.contains("\u{202E}"), "\(arguments) printed a bidi override")
    }
    #expect(try cli.run(["audit", "show", audit]).stdout.contains(#"Evil\x1B]0;pwned\x07"#))
    let json = try #require(try cli.run(["audit", "show", audit, "--json"]).json() as? [String: Any])
    let shown = try #require(json["audit"] as? [String: Any] ?? json)
    #expect((shown["title"] as? String) == Self.hostile)
    let missing = try cli.run(["audit", "show", Self.hostile])
    #expect(missing.status == 1)
    #expect(Self.controlBytes(missing.stderr).isEmpty)
  }

  @Test("an empty --as, an empty title and a date far ahead are refused and nothing is recorded")
  func emptyActorIsRefused() throws {
    let cli = try CLIRunner()
    for (extra, message) in [
      (["--title", " "], "--title is empty"), (["--chair", ""], "--chair is empty"),
      (["--returns-due", "9999-12-31"], "9999-12-31"),
    ] {
      let result = try cli.run(
        ["audit", "create", "--theme", "child-in-need", "--date", "2026-12-01"] + extra)
      #expect(result.status != 0)
      #expect(result.stderr.contains(message), "\(result.stderr)")
    }
    let far = try cli.run(["audit", "create", "--theme", "child-in-need", "--date", "2031-12-01"])
    #expect(far.status != 0)
    #expect(far.stderr.contains("'2031-12-01' is invalid for '--date"))
    for name in ["", "  "] {
      let result = try cli.run([
        "audit", "create", "--theme", "child-in-need", "--date", "2026-12-01", "--as", name,
      ])
      #expect(result.status == 1)
      #expect(result.stderr.contains("--as is empty"))
    }
    let audits = try #require(try cli.run(["audit", "list", "--json"]).json() as? [Any])
    #expect(audits.isEmpty)
  }

  @Test("packs, templates, exports and reports are 0600; an export onto a file or a symlink needs --force")
  func filesArePrivateAndNeverClobbered() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    try cli.succeed([
      "actions", "add", "--owner", "police", "--lead", "DI", "--due", "2027-03-31", "--text", "Do",
      "--source", "other",
    ])
    let writes: [[String]] = [
      ["returns", "pack", audit, "--format", "md", "--out", "pack.md"],
      ["returns", "pack", audit, "--format", "html", "--out", "pack.html"],
      ["returns", "template", audit, "--agency", "police", "--format", "csv", "--out", "police.csv"],
      ["actions", "export", "--format", "csv", "--out", "actions.csv"],
      ["report", audit, "--format", "md", "--out", "report.md", "--internal"],
      ["backup", "--out", "backup.sqlite"],
    ]
    for arguments in writes {
      try cli.succeed(arguments)
      let path = cli.folder.appendingPathComponent(arguments[arguments.firstIndex(of: "--out")! + 1]).path
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == 0o600, "\(arguments) wrote mode \(String(mode ?? 0, radix: 8))")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).allSatisfy {
        !$0.hasSuffix(".tmp")
      })

    try cli.write("mine.txt", "keep me")
    let onto = try cli.run(["actions", "export", "--format", "csv", "--out", "mine.txt"])
    #expect(onto.status == 1)
    #expect(onto.stderr.contains("mine.txt already exists"))
    #expect(try cli.read("mine.txt") == "keep me")
    try FileManager.default.createSymbolicLink(
      atPath: cli.folder.appendingPathComponent("link.csv").path,
      withDestinationPath: cli.folder.appendingPathComponent("mine.txt").path)
    for force in [[], ["--force"]] {
      let through = try cli.run(["actions", "export", "--format", "csv", "--out", "link.csv"] + force)
      #expect(through.status == 1)
      #expect(through.stderr.contains("link.csv is a symbolic link"))
    }
    #expect(try cli.read("mine.txt") == "keep me")
    try cli.succeed(["actions", "export", "--format", "csv", "--out", "mine.txt", "--force"])
    #expect(try cli.read("mine.txt").contains("Do"))
  }

  @Test("verify --db COPY changes no byte, a planted trigger is named by verify and refused by restore")
  func verifyAndRestoreAsAnAttackerWould() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    try cli.succeed(["backup", "--out", "copy.sqlite"])
    let copy = cli.folder.appendingPathComponent("copy.sqlite").path
    chmod(copy, 0o400)
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    let checked = try cli.run(["verify", "--db", copy])
    #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))

    chmod(copy, 0o600)
    try cli.tamper(
      """
      CREATE TABLE shadow (t TEXT);
      CREATE TRIGGER keep AFTER UPDATE ON assessment BEGIN INSERT INTO shadow VALUES (old.rationale); END;
      """, database: copy)
    let failed = try cli.run(["verify", "--db", copy])
    #expect(failed.status == 1)
    #expect(failed.stdout.contains("trigger keep on assessment is not made by cfag's migrations"))
    let dump = try cli.dump()
    let refused = try cli.run(["restore", "copy.sqlite"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("trigger keep on assessment"))
    #expect(try cli.dump() == dump)
    #expect(try cli.run(["audit", "show", audit]).status == 0)
  }

  @Test("a tracker CSV with a NUL or an edited Latest progress cell is refused with line and column")
  func trackerEditsAreNotLost() throws {
    let cli = try CLIRunner()
    let prepared = try cli.preparedAudit()
    try cli.succeed(["actions", "update", prepared.action, "--progress", "Panel booked"])
    try cli.succeed(["actions", "export", "--format", "csv", "--out", "pack.csv"])
    var rows = try cli.read("pack.csv").split(whereSeparator: \.isNewline).map {
      CLIRunner.csvFields(String($0))
    }
    let row = try #require(rows.firstIndex { $0.first == prepared.action })
    let progress = try #require(rows[0].firstIndex(of: "Latest progress"))
    let note = try #require(rows[0].firstIndex(of: "New progress note"))
    var edited = rows
    edited[row][progress] = "Everything done"
    try cli.write("edited.csv", edited.map(CLIRunner.csvLine).joined(separator: "\r\n") + "\r\n")
    let dump = try cli.dump()
    let refused = try cli.run(["actions", "import", "edited.csv"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "edited.csv:\(row + 1): \(prepared.action): column \"Latest progress\" was changed"))
    rows[row][note] = "Done\u{0}hidden"
    try cli.write("nul.csv", rows.map(CLIRunner.csvLine).joined(separator: "\r\n") + "\r\n")
    let nul = try cli.run(["actions", "import", "nul.csv"])
    #expect(nul.status == 1)
    #expect(nul.stderr.contains("nul.csv:\(row + 1): column \"New progress note\" holds a NUL byte"))
    #expect(try cli.dump() == dump)
  }
}

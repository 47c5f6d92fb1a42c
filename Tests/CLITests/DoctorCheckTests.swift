import CursesBackend
import Testing

@testable import cfag

/// Each doctor check is a pure function of the facts, so broken setups are tried without breaking
/// a real terminal, locale or disk.
struct DoctorCheckTests {
  static let healthy = DoctorFacts(
    version: "1.0.0", schemaVersion: 1,
    terminal: .init(
      choice: .open(
        term: "xterm-256color", TerminalProbe(known: true, colours: 256, cursorAddressing: true)),
      interactive: true, columns: 120, rows: 40, noColor: false),
    locale: .init(variable: "LANG", value: "en_GB.UTF-8", utf8: true, fallbackAvailable: true),
    database: .init(
      path: "/home/bm/.local/share/cfag/cfag.sqlite", origin: "the default", exists: true,
      existingFolder: "/home/bm/.local/share/cfag", folderWritable: true, ownedByUser: true, mode: 0o600,
      readable: true, writable: true, networkFileSystem: nil, freeBytes: 50_000_000_000,
      inspection: .init(
        schemaVersion: 1, unknownMigrations: [], journalMode: "wal", quickCheckProblems: [],
        hasChangeLog: true,
        audits: 3),
      openError: nil),
    themes: .init(
      folders: [.init(path: "/usr/local/share/cfag/themes", source: "bundled", exists: true)],
      themes: [("child-in-need", "/usr/local/share/cfag/themes/child-in-need.yaml")], shadowed: [], errors: []
    ),
    settings: .init(
      actor: "Business Manager", actorOrigin: .variable, fixedToday: nil, fixedTodayValid: false,
      today: "2026-12-02"
    ))

  static func levels(_ findings: [DoctorFinding]) -> Set<DoctorFinding.Level> { Set(findings.map(\.level)) }

  @Test func aHealthySetupHasOnlyOKs() {
    let findings = DoctorChecks.all(Self.healthy)
    #expect(Self.levels(findings) == [.ok])
    #expect(!DoctorChecks.blocks(findings))
    #expect(DoctorText.render(version: "cfag 1.0.0", findings: findings).hasSuffix("Ready to use."))
  }

  @Test func terminalProblems() {
    var facts = Self.healthy.terminal
    facts.choice = .unknown(term: "nosuchterm")
    let unknown = DoctorChecks.terminal(facts)
    #expect(unknown.map(\.level) == [.problem])
    #expect(unknown[0].message.contains("TERM=nosuchterm"))

    facts.choice = .fallback(
      term: "xterm-kitty", to: "xterm-256color",
      TerminalProbe(known: true, colours: 256, cursorAddressing: true))
    let fallback = DoctorChecks.terminal(facts)
    #expect(fallback.map(\.level).first == .warning)
    #expect(
      fallback[0].message.contains("TERM=xterm-kitty") && fallback[0].message.contains("xterm-256color"))
    #expect(!DoctorChecks.blocks(fallback))

    facts.choice = .noCursorAddressing(term: "dumb")
    #expect(DoctorChecks.terminal(facts).map(\.level) == [.problem])

    facts = Self.healthy.terminal
    facts.columns = 60
    facts.rows = 20
    let small = DoctorChecks.terminal(facts)
    #expect(
      small.contains { $0.level == .warning && $0.message.contains("60×20") && $0.message.contains("80×24") })

    facts = Self.healthy.terminal
    facts.choice = .unset
    #expect(DoctorChecks.terminal(facts).map(\.level) == [.problem])
    facts.interactive = false
    #expect(DoctorChecks.terminal(facts).map(\.level) == [.note])
  }

  @Test func aNonUTF8LocaleWarnsOrBlocks() {
    var locale = DoctorFacts.Locale(variable: "LANG", value: "C", utf8: false, fallbackAvailable: true)
    let warned = DoctorChecks.locale(locale)
    #expect(warned.map(\.level) == [.warning])
    #expect(warned[0].message.contains("LANG=C"))
    #expect(warned[0].fix.contains("LANG=C.UTF-8"))
    locale.fallbackAvailable = false
    #expect(DoctorChecks.locale(locale).map(\.level) == [.problem])
  }

  @Test func databaseProblems() {
    var missing = Self.healthy.database
    missing.exists = false
    missing.inspection = nil
    missing.existingFolder = "/mnt"
    missing.folderWritable = false
    let cannotCreate = DoctorChecks.database(missing, schemaVersion: 1)
    #expect(cannotCreate.contains { $0.level == .problem && $0.message.contains("/mnt is not writable") })

    var shared = Self.healthy.database
    shared.networkFileSystem = "NFS4"
    shared.mode = 0o644
    let sharedFindings = DoctorChecks.database(shared, schemaVersion: 1)
    #expect(sharedFindings.contains { $0.level == .warning && $0.message.contains("NFS4") })
    #expect(sharedFindings.contains { $0.level == .warning && $0.fix == "chmod 600 \(shared.path)" })
    #expect(!DoctorChecks.blocks(sharedFindings))

    var newer = Self.healthy.database
    newer.inspection?.unknownMigrations = ["v9-future"]
    #expect(DoctorChecks.blocks(DoctorChecks.database(newer, schemaVersion: 1)))

    var older = Self.healthy.database
    older.inspection?.schemaVersion = 1
    let upgraded = DoctorChecks.database(older, schemaVersion: 2)
    #expect(upgraded.contains { $0.level == .note && $0.message.contains("brought up to 2") })

    var corrupt = Self.healthy.database
    corrupt.inspection?.quickCheckProblems = ["*** in database main ***"]
    #expect(DoctorChecks.blocks(DoctorChecks.database(corrupt, schemaVersion: 1)))

    var full = Self.healthy.database
    full.freeBytes = 5 * 1024 * 1024
    #expect(DoctorChecks.blocks(DoctorChecks.database(full, schemaVersion: 1)))
  }

  @Test func themeProblems() {
    var themes = Self.healthy.themes
    themes.themes = []
    themes.folders = [.init(path: "/srv/themes", source: "explicit", exists: false)]
    let none = DoctorChecks.themes(themes)
    #expect(none.filter { $0.level == .problem }.count == 2)
    var mixed = Self.healthy.themes
    mixed.errors = ["/home/bm/.local/share/cfag/themes/neglect.yaml:4:3: unknown key 'domians'"]
    mixed.shadowed = [
      ("/usr/local/share/cfag/themes/neglect.yaml", "/home/bm/.local/share/cfag/themes/neglect.yaml")
    ]
    let found = DoctorChecks.themes(mixed)
    #expect(found.contains { $0.level == .warning && $0.message.contains("neglect.yaml:4:3") })
    #expect(found.contains { $0.level == .note && $0.message.contains("is not used") })
    #expect(!DoctorChecks.blocks(found))
  }

  @Test func settingsWarnings() {
    var settings = Self.healthy.settings
    settings.actorOrigin = .account
    settings.actor = "bm"
    #expect(
      DoctorChecks.settings(settings).contains {
        $0.level == .note && $0.message.contains("\"bm\"") && $0.fix.contains("CFAG_USER")
      })
    settings = Self.healthy.settings
    settings.fixedToday = "2026-13-40"
    #expect(DoctorChecks.blocks(DoctorChecks.settings(settings)))
  }

  @Test func progressLineSaysWhatHowFarAndHowLongIsLeft() {
    let line = TerminalProgress.line(
      prefix: "demo", .init(task: "writing 2016–2026", done: 2_500, total: 10_000), elapsed: 30)
    #expect(line == "demo: writing 2016–2026 2,500 of 10,000 (25%), about 2 min left")
    let early = TerminalProgress.line(
      prefix: "verify", .init(task: "1/5 checking", done: 0, total: nil), elapsed: 0)
    #expect(early == "verify: 1/5 checking...")
    #expect(TerminalProgress.remaining(12.4) == "about 12 s left")
  }
}

struct DoctorTextTests {
  @Test func longLinesWrapUnderTheirTextOnANarrowTerminal() {
    let finding = DoctorFinding(
      level: .warning, area: "terminal",
      message:
        "the window is 60×20; the screens need at least 80×24 and show only a notice until it is larger",
      fix: "make the window larger, or the font smaller")
    let text = DoctorText.render(version: "cfag 1.0.0", findings: [finding], width: 60)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines.contains { $0.hasPrefix("           ") && !$0.contains("fix:") })
    #expect(DoctorText.render(version: "cfag 1.0.0", findings: [finding]).contains(finding.message))
  }
}

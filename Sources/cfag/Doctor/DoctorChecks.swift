import CFAGStore
import CursesBackend
import Foundation

/// One thing `cfag doctor` found: how serious, about what, what it saw, and how to fix it.
struct DoctorFinding: Equatable, Encodable {
  enum Level: String, Encodable, Comparable {
    case ok, note, warning, problem

    private var rank: Int { [.ok, .note, .warning, .problem].firstIndex(of: self)! }
    static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
  }

  var level: Level
  /// `terminal`, `locale`, `database`, `themes`, `settings`.
  var area: String
  var message: String
  /// What to do about it; empty when nothing needs doing.
  var fix: String = ""
}

/// The checks: pure functions from the facts to findings. A `problem` blocks use (exit 1); a
/// `warning` should be fixed; a `note` is for information.
enum DoctorChecks {
  static let minimumColumns = 80
  static let minimumRows = 24
  /// Below this much free space a warning; below a tenth of it, a problem.
  static let lowDiskBytes: Int64 = 200 * 1024 * 1024

  static func all(_ facts: DoctorFacts) -> [DoctorFinding] {
    terminal(facts.terminal) + locale(facts.locale)
      + database(facts.database, schemaVersion: facts.schemaVersion)
      + themes(facts.themes) + settings(facts.settings)
  }

  static func blocks(_ findings: [DoctorFinding]) -> Bool { findings.contains { $0.level == .problem } }

  static func terminal(_ t: DoctorFacts.Terminal) -> [DoctorFinding] {
    func finding(_ level: DoctorFinding.Level, _ message: String, fix: String = "") -> DoctorFinding {
      DoctorFinding(level: level, area: "terminal", message: message, fix: fix)
    }
    var found: [DoctorFinding] = []
    let full =
      "use a full terminal (TERM=xterm-256color, screen-256color, tmux-256color); commands still work"
    let term: String
    let colours: Int
    switch t.choice {
    case .unset:
      return [
        finding(
          t.interactive ? .problem : .note,
          "TERM is not set, so the workbench screens cannot be drawn"
            + (t.interactive ? "" : " (commands still work)"),
          fix: "export TERM=xterm-256color (or the name your terminal program gives)")
      ]
    case .unknown(let name):
      return [
        finding(
          .problem,
          "the terminal type TERM=\(name) is not in the terminfo database, and neither is "
            + "\(TerminalChoice.fallbackType), so the screens cannot open",
          fix: "apt-get install ncurses-base ncurses-term, or export TERM=xterm-256color")
      ]
    case .noCursorAddressing(let name):
      return [
        finding(
          .problem, "TERM=\(name) cannot move the cursor, so the screens cannot be drawn on it", fix: full)
      ]
    case .fallback(let name, let to, let probe):
      found.append(
        finding(
          .warning,
          "the terminal type TERM=\(name) is not in the terminfo database; the screens use \(to) instead",
          fix: "install its description (apt-get install ncurses-term), or export TERM=\(to)"))
      (term, colours) = (to, probe.colours)
    case .open(let name, let probe):
      (term, colours) = (name, probe.colours)
    }
    let colour: String
    if t.noColor {
      colour = "monochrome (NO_COLOR is set)"
    } else if colours >= 8 {
      colour = "\(colours) colours"
    } else {
      colour = "no colours"
    }
    found.append(finding(.ok, "TERM=\(term): known, \(colour)"))
    if !t.noColor && colours < 8 {
      found.append(
        finding(
          .note, "TERM=\(term) shows no colours; grades and RAG ratings are shown by their words only",
          fix: "use TERM=xterm-256color if your terminal can show colour"))
    }
    if let columns = t.columns, let rows = t.rows {
      if columns < minimumColumns || rows < minimumRows {
        found.append(
          finding(
            .warning,
            "the window is \(columns)×\(rows); the screens need at least \(minimumColumns)×\(minimumRows) and "
              + "show only a notice until it is larger",
            fix: "make the window larger, or the font smaller"))
      } else {
        found.append(finding(.ok, "window \(columns)×\(rows)"))
      }
    } else if !t.interactive {
      found.append(finding(.note, "not run on a terminal, so the window size was not checked"))
    }
    return found
  }

  static func locale(_ l: DoctorFacts.Locale) -> [DoctorFinding] {
    let named = l.variable.map { "\($0)=\(l.value ?? "")" } ?? "no locale set (LANG, LC_CTYPE, LC_ALL)"
    if l.utf8 {
      return [DoctorFinding(level: .ok, area: "locale", message: "\(named): UTF-8")]
    }
    if l.fallbackAvailable {
      return [
        DoctorFinding(
          level: .warning, area: "locale",
          message: "\(named) is not a UTF-8 locale; the screens switch to C.UTF-8, but other programs "
            + "reading cfag's files and output may show accented letters and symbols wrongly",
          fix: "export LANG=C.UTF-8 (or en_GB.UTF-8 if installed: locale -a)")
      ]
    }
    return [
      DoctorFinding(
        level: .problem, area: "locale",
        message:
          "\(named) is not a UTF-8 locale and C.UTF-8 is not installed; text on screen will be garbled",
        fix: "install a UTF-8 locale (apt-get install locales; dpkg-reconfigure locales) and export LANG")
    ]
  }

  static func database(_ d: DoctorFacts.Database, schemaVersion: Int) -> [DoctorFinding] {
    func finding(_ level: DoctorFinding.Level, _ message: String, fix: String = "") -> DoctorFinding {
      DoctorFinding(level: level, area: "database", message: message, fix: fix)
    }
    var found = [finding(.ok, "\(d.path) (from \(d.origin))")]
    if Store.isPostgresURI(d.path) { return found + DoctorServerChecks.server(d) }
    if !d.exists {
      let folder = (d.path as NSString).deletingLastPathComponent
      if d.folderWritable {
        found.append(
          finding(
            .note,
            folder == d.existingFolder
              ? "no database yet; cfag creates it on first use"
              : "no database yet; cfag creates it, and the folder \(folder) (private to you), on first use"))
      } else {
        found.append(
          finding(
            .problem, "no database yet, and it cannot be created: \(d.existingFolder) is not writable by you",
            fix: "choose a folder you can write to: --db PATH or export CFAG_DB=PATH"))
      }
    }
    if let kind = d.networkFileSystem {
      found.append(
        finding(
          .warning,
          "the database folder is on a network file system (\(kind)); SQLite's WAL mode is unsafe there "
            + "and two computers using the file can corrupt it",
          fix: "keep the database on a local disk and share backups instead (cfag backup --out FILE)"))
    }
    if let free = d.freeBytes {
      let megabytes = free / (1024 * 1024)
      if free < lowDiskBytes / 10 {
        found.append(
          finding(.problem, "only \(megabytes) MB free on the database's disk", fix: "free some disk space"))
      } else if free < lowDiskBytes {
        found.append(
          finding(
            .warning, "only \(megabytes) MB free on the database's disk; backups and exports need room",
            fix: "free some disk space"))
      } else {
        found.append(finding(.ok, "\(size(free)) free on its disk"))
      }
    }
    guard d.exists else { return found }
    if !d.readable || !d.writable {
      found.append(
        finding(
          d.readable ? .warning : .problem,
          d.readable
            ? "the database is read-only for you: you can look, but changes will be refused"
            : "you cannot read the database",
          fix: d.ownedByUser ? "chmod 600 \(d.path)" : "ask the file's owner, or use a copy you own"))
    }
    if !d.ownedByUser {
      found.append(
        finding(
          .warning, "the database belongs to another user", fix: "use your own copy, or chown it to yourself")
      )
    }
    if let mode = d.mode, mode & 0o077 != 0 {
      found.append(
        finding(
          .warning,
          "the database can be read by other users (mode \(String(mode, radix: 8))); it holds case details",
          fix: "chmod 600 \(d.path)"))
    }
    if let error = d.openError {
      found.append(
        finding(
          .problem, "the file cannot be read as a database: \(error)",
          fix: "restore a backup: cfag restore FILE"))
      return found
    }
    guard let inspection = d.inspection else { return found }
    if !inspection.hasChangeLog && inspection.schemaVersion == 0 {
      found.append(
        finding(
          .problem, "the file is an SQLite database, but not a cfag one (it has no change log)",
          fix: "point --db or CFAG_DB at the cfag database"))
      return found
    }
    if !inspection.unknownMigrations.isEmpty {
      found.append(
        finding(
          .problem,
          "the database was written by a newer cfag (schema changes this version does not know: "
            + "\(inspection.unknownMigrations.joined(separator: ", ")))",
          fix: "install the newer cfag; this one must not write to it"))
    } else if inspection.schemaVersion < schemaVersion {
      found.append(
        finding(
          .note,
          "schema version \(inspection.schemaVersion); it will be brought up to \(schemaVersion) when next opened"
        ))
    } else {
      found.append(finding(.ok, "schema version \(inspection.schemaVersion), \(inspection.audits) audits"))
    }
    if inspection.journalMode == "wal" {
      found.append(finding(.ok, "WAL mode"))
    } else {
      found.append(
        finding(
          .note,
          "journal mode is \(inspection.journalMode), not WAL (a restored or copied file); "
            + "cfag switches it to WAL when it next writes"))
    }
    if inspection.quickCheckProblems.isEmpty {
      found.append(finding(.ok, "quick integrity check passed"))
    } else {
      found.append(
        finding(
          .problem,
          "the quick integrity check failed: "
            + inspection.quickCheckProblems.prefix(3).joined(separator: "; "),
          fix: "run cfag verify for the details, then restore the latest good backup (cfag restore FILE)"))
    }
    return found
  }

  static func themes(_ t: DoctorFacts.Themes) -> [DoctorFinding] {
    func finding(_ level: DoctorFinding.Level, _ message: String, fix: String = "") -> DoctorFinding {
      DoctorFinding(level: level, area: "themes", message: message, fix: fix)
    }
    var found: [DoctorFinding] = []
    for folder in t.folders {
      if folder.exists {
        found.append(finding(.ok, "searched \(folder.path) (\(folder.source))"))
      } else if folder.source == "explicit" {
        found.append(
          finding(
            .problem, "the themes folder \(folder.path) does not exist",
            fix: "fix --themes or CFAG_THEMES, or unset it to use the bundled themes"))
      } else {
        found.append(finding(.note, "\(folder.path) (\(folder.source)) does not exist yet"))
      }
    }
    if t.themes.isEmpty {
      found.append(
        finding(
          .problem, "no themes found, so no audit can be started",
          fix: "reinstall cfag (make install puts them in PREFIX/share/cfag/themes), or give --themes DIR"))
    } else {
      found.append(
        finding(
          .ok,
          "\(t.themes.count) theme\(t.themes.count == 1 ? "" : "s"): \(t.themes.map(\.id).joined(separator: ", "))"
        ))
    }
    for shadow in t.shadowed {
      found.append(finding(.note, "\(shadow.file) is not used: \(shadow.by) has the same id and wins"))
    }
    for error in t.errors {
      found.append(
        finding(.warning, "invalid theme file, left out: \(error)", fix: "correct it; cfag themes check FILE")
      )
    }
    return found
  }

  static func settings(_ s: DoctorFacts.Settings) -> [DoctorFinding] {
    func finding(_ level: DoctorFinding.Level, _ message: String, fix: String = "") -> DoctorFinding {
      DoctorFinding(level: level, area: "settings", message: message, fix: fix)
    }
    var found: [DoctorFinding] = []
    if s.onPostgres {
      found.append(
        finding(
          .ok,
          s.databaseLogin.map { "acting as \"\($0)\", the database login; the change log records this name" }
            ?? "acting as the database login, once the server answers"))
      if s.actorOrigin == .option || s.actorOrigin == .variable {
        found.append(
          finding(
            .problem, "\(s.actorOrigin.rawValue) is refused on a PostgreSQL database: the login is the actor",
            fix: s.actorOrigin == .option ? "leave --as out" : "unset CFAG_USER"))
      }
      return found + today(s)
    }
    found.append(
      finding(
        .ok, "acting as \"\(s.actor)\" (from \(s.actorOrigin.rawValue)); the change log records this name"))
    if s.actorOrigin != .option && s.actorOrigin != .variable {
      found.append(
        finding(
          .note,
          "the change log will name the account \"\(s.actor)\"; a role title is clearer in the partnership's records",
          fix: "export CFAG_USER=\"Business Manager\""))
    }
    return found + today(s)
  }

  /// Which day the program takes for today.
  static func today(_ s: DoctorFacts.Settings) -> [DoctorFinding] {
    func finding(_ level: DoctorFinding.Level, _ message: String, fix: String = "") -> DoctorFinding {
      DoctorFinding(level: level, area: "settings", message: message, fix: fix)
    }
    var found: [DoctorFinding] = []
    if let fixed = s.fixedToday {
      if s.fixedTodayValid {
        found.append(
          finding(
            .warning, "CFAG_TODAY=\(fixed) fixes today's date: reports, due dates and RAG ratings use it",
            fix: "unset CFAG_TODAY for real work"))
      } else {
        found.append(
          finding(.problem, "CFAG_TODAY=\(fixed) is not a date", fix: "use YYYY-MM-DD, or unset it"))
      }
    } else {
      found.append(finding(.ok, "reports and RAG ratings use today's date, \(s.today) (UTC)"))
    }
    return found
  }

  /// "812 MB", "77.3 GB".
  static func size(_ bytes: Int64) -> String {
    let megabytes = Double(bytes) / 1_048_576
    if megabytes < 1024 { return "\(Int(megabytes)) MB" }
    return "\((megabytes / 1024 * 10).rounded() / 10) GB"
  }
}

import CFAGDomain
import CFAGStore
import CFAGThemes
import CursesBackend
import Foundation

extension DoctorFacts {
  /// Looks at this process's terminal, locale, database, themes and settings. Reads only: the
  /// database is opened read-only and nothing is created.
  static func gather(options: GlobalOptions, variables: [String: String]) throws -> DoctorFacts {
    // A bad CFAG_TODAY is reported as a finding, not thrown, so it is left out here.
    let env = try AppEnvironment(options, variables: variables.filter { $0.key != "CFAG_TODAY" })
    let origin =
      options.db != nil ? "--db" : (variables["CFAG_DB"]?.isEmpty == false ? "CFAG_DB" : "the default")
    let database =
      Store.isPostgresURI(env.databasePath)
      ? server(uri: env.databasePath, origin: origin) : database(path: env.databasePath, origin: origin)
    var settings = settings(env: env, variables: variables)
    settings.onPostgres = Store.isPostgresURI(env.databasePath)
    settings.databaseLogin = database.server?.login
    return DoctorFacts(
      version: ProgramVersion.version, schemaVersion: SchemaVersion.current,
      terminal: terminal(variables), locale: locale(variables),
      database: database, themes: themes(env.themeLibrary()), settings: settings)
  }

  /// A PostgreSQL database: connected to and looked at, the file facts left empty.
  static func server(uri: String, origin: String) -> Database {
    var facts = Database(
      path: uri, origin: origin, exists: true, existingFolder: "", folderWritable: true, ownedByUser: true,
      mode: nil, readable: true, writable: true, networkFileSystem: nil, freeBytes: nil, inspection: nil,
      openError: nil)
    do {
      facts.server = try PostgresInspection.inspect(uri: uri)
    } catch {
      facts.openError = "\(error)"
    }
    return facts
  }

  static func terminal(_ variables: [String: String]) -> Terminal {
    var size = winsize()
    let sized = [STDOUT_FILENO, STDIN_FILENO, STDERR_FILENO].contains { fd in
      isatty(fd) == 1 && ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0
    }
    return Terminal(
      choice: TerminalChoice.decide(term: variables["TERM"]),
      interactive: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1,
      columns: sized ? Int(size.ws_col) : nil, rows: sized ? Int(size.ws_row) : nil,
      noColor: variables["NO_COLOR"].map { !$0.isEmpty } ?? false)
  }

  static func locale(_ variables: [String: String]) -> Locale {
    let variable = ["LC_ALL", "LC_CTYPE", "LANG"].first { variables[$0]?.isEmpty == false }
    let utf8: Bool
    if setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)) {
      utf8 = ["utf-8", "utf8"].contains(String(cString: codeset).lowercased())
    } else {
      utf8 = false
    }
    let fallback = setlocale(LC_CTYPE, "C.UTF-8") != nil
    _ = setlocale(LC_CTYPE, "C")
    return Locale(
      variable: variable, value: variable.flatMap { variables[$0] }, utf8: utf8, fallbackAvailable: fallback)
  }

  static func database(path: String, origin: String) -> Database {
    let manager = FileManager.default
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let exists = manager.fileExists(atPath: absolute)
    var folder = (absolute as NSString).deletingLastPathComponent
    while !folder.isEmpty && folder != "/" && !manager.fileExists(atPath: folder) {
      folder = (folder as NSString).deletingLastPathComponent
    }
    if folder.isEmpty { folder = "/" }
    var info = stat()
    let stated = exists && stat(absolute, &info) == 0
    var volume = statvfs()
    let free = statvfs(folder, &volume) == 0 ? Int64(volume.f_bavail) * Int64(volume.f_frsize) : nil
    var facts = Database(
      path: absolute, origin: origin, exists: exists, existingFolder: folder,
      folderWritable: access(folder, W_OK | X_OK) == 0, ownedByUser: !stated || info.st_uid == getuid(),
      mode: stated ? Int(info.st_mode) & 0o777 : nil, readable: access(absolute, R_OK) == 0,
      writable: access(absolute, W_OK) == 0,
      networkFileSystem: DatabaseInspection.networkFileSystem(holding: folder),
      freeBytes: free, inspection: nil, openError: nil)
    guard exists, facts.readable else { return facts }
    do {
      let found = try DatabaseInspection.inspect(path: absolute)
      facts.inspection = Inspection(
        schemaVersion: found.schemaVersion, unknownMigrations: found.unknownMigrations,
        journalMode: found.journalMode, quickCheckProblems: found.quickCheckProblems,
        hasChangeLog: found.hasChangeLog, audits: found.audits)
    } catch {
      facts.openError = "\(error)"
    }
    return facts
  }

  static func themes(_ library: ThemeLibrary) -> Themes {
    Themes(
      folders: library.searchPath.folders.map { folder in
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.url.path, isDirectory: &isDirectory)
        return Themes.Folder(
          path: folder.url.path, source: folder.source.rawValue, exists: exists && isDirectory.boolValue)
      },
      themes: library.entries.map { ($0.theme.id, $0.file.path) },
      shadowed: library.entries.flatMap { entry in entry.shadowed.map { ($0.file.path, entry.file.path) } },
      errors: library.diagnostics.filter(\.isError).map(\.description))
  }

  static func settings(env: AppEnvironment, variables: [String: String]) -> Settings {
    let fixed = variables["CFAG_TODAY"].flatMap { $0.isEmpty ? nil : $0 }
    let fixedDay = fixed.flatMap { Day(iso: $0) }
    return Settings(
      actor: env.actor, actorOrigin: env.acting.origin, fixedToday: fixed, fixedTodayValid: fixedDay != nil,
      today: (fixedDay ?? Clock.today()).iso)
  }
}

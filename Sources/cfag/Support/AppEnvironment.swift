import CFAGDomain
import CFAGStore
import CFAGThemes
import Foundation

/// What a command runs against: the environment, today, who is acting, the database and the
/// themes. Built once per command by the composition root; nothing here is global.
struct AppEnvironment {
  let options: GlobalSettings
  let variables: [String: String]
  let today: Day
  let acting: ActingPerson

  init(_ options: GlobalOptions, variables: [String: String] = ProcessInfo.processInfo.environment) throws {
    try self.init(options.settings, variables: variables)
  }

  init(_ options: GlobalSettings, variables: [String: String] = ProcessInfo.processInfo.environment) throws {
    self.options = options
    self.variables = variables
    if let fixed = variables["CFAG_TODAY"], !fixed.isEmpty {
      guard let day = Day(iso: fixed) else {
        throw CLIError("CFAG_TODAY=\(fixed) is not a date; use YYYY-MM-DD")
      }
      today = day
    } else {
      today = Clock.today()
    }
    if let given = options.actor, given.trimmingWhitespace.isEmpty {
      throw CLIError("--as is empty: give the name to record in the change log as acting, or leave --as out")
    }
    acting = ActingPerson.resolve(option: options.actor, variables: variables)
  }

  /// Who is acting, as the change log records it.
  var actor: String { acting.name }

  var databasePath: String { options.db ?? StoreLocation.defaultPath(environment: variables) }

  var session: Session {
    let fixed = variables["CFAG_TODAY"].flatMap { Day(iso: $0) }
    return Session(actor: actor, today: today, clock: { Clock.timestamp(fixedDay: fixed) })
  }

  /// The PostgreSQL URI `--db` or `CFAG_DB` gives, for a command only a PostgreSQL database has; an
  /// SQLite file is refused, saying why it needs no such thing and what to `task`.
  func postgresURI(_ why: String, to task: String) throws -> String {
    guard Store.isPostgresURI(databasePath) else {
      throw CLIError(
        "\(databasePath) is an SQLite file, \(why); give --db a postgresql:// URI to \(task) a PostgreSQL database"
      )
    }
    return databasePath
  }

  /// Who is acting on `store`: on PostgreSQL, the database login, which nobody can claim to be
  /// another; `--as` and `CFAG_USER` are refused there rather than silently ignored.
  func session(for store: Store) throws -> Session {
    guard let login = store.login else { return session }
    if acting.origin == .option || acting.origin == .variable {
      throw CLIError(
        "\(acting.origin.rawValue) is refused on a PostgreSQL database: the change log records the database "
          + "login (here \(login)) as the actor, so nobody can act under another name; "
          + (acting.origin == .option ? "leave --as out" : "unset CFAG_USER"))
    }
    var session = self.session
    session.actor = login
    return session
  }

  /// Opens the database and the workbench, telling people on stderr about anything unsafe.
  /// `readOnly` (commands that only read) opens an existing, up-to-date file without writing a byte
  /// to it; a file still to be created or migrated is opened for writing as before. `home` (the
  /// screens) has a PostgreSQL store read the home screen's data as it opens (`Store(homeOn:)`),
  /// doing `whileReading` while the server reads it.
  func workbench(readOnly: Bool = false, home: Bool = false, whileReading: (() -> Void)? = nil) throws
    -> Workbench
  {
    let store = try Store(
      path: databasePath, readOnly: readOnly && Store.isUpToDate(path: databasePath),
      homeOn: home ? session.today : nil, whileReading: whileReading)
    for warning in store.warnings { Output.warn(warning) }
    return try Workbench(store: store, session: session(for: store))
      .expecting(unchangedSince: options.ifUnchangedSince.map(LogSequence.init))
  }

  /// The business manager's document settings (`cfag settings`).
  func documentSettings() throws -> DocumentSettings { try SettingsFile.read(environment: variables) }

  var themeSearchPath: ThemeSearchPath {
    ThemeSearchPath.resolve(
      themesOption: options.themes, environment: variables,
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      executable: Bundle.main.executableURL, homeDirectory: FileManager.default.homeDirectoryForCurrentUser)
  }

  func themeLibrary() -> ThemeLibrary { ThemeLibrary.load(themeSearchPath) }

  /// The theme with this id, or an error that lists the ones there are.
  func theme(_ id: String) throws -> Theme {
    let library = themeLibrary()
    if let theme = library.theme(id: id) { return theme }
    let known = library.themes.map(\.id).joined(separator: ", ")
    let broken = library.diagnostics.filter(\.isError).map(\.description)
    var message = "no theme \"\(id)\"; themes available: \(known.isEmpty ? "none" : known)"
    if !broken.isEmpty { message += "\n" + broken.joined(separator: "\n") }
    throw CLIError(message)
  }
}

/// The real calendar and clock, in UTC, worked out from the seconds since 1970 (no time zone
/// database to load: every write command stamps its time).
enum Clock {
  static func today() -> Day {
    Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// ISO 8601 UTC with milliseconds, `2026-03-02T09:41:07.250Z`; on a fixed day (`CFAG_TODAY`) the
  /// date part is that day.
  static func timestamp(fixedDay: Day?) -> String {
    let milliseconds = Int((Date().timeIntervalSince1970 * 1000).rounded(.down))
    let (days, time) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
    func digits(_ value: Int, _ count: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: count - text.count) + text
    }
    return (fixedDay ?? Day(ordinal: days)).iso + "T" + digits(time / 3_600_000, 2) + ":"
      + digits(time / 60_000 % 60, 2) + ":" + digits(time / 1000 % 60, 2) + "." + digits(time % 1000, 3) + "Z"
  }
}

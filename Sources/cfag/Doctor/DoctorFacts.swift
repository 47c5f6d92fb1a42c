import CFAGStore
import CursesBackend

/// Everything `cfag doctor` looks at, gathered once (`DoctorFacts.gather`) as plain values, so the
/// checks are pure functions that tests can feed with any setup, healthy or broken.
struct DoctorFacts: Equatable {
  struct Terminal: Equatable {
    /// What the screens would open with for `TERM` (the workbench decides the same way).
    var choice: TerminalChoice
    /// Whether the doctor runs on a terminal (stdin and stdout both).
    var interactive: Bool
    /// The window's size when there is a terminal to ask.
    var columns: Int?
    var rows: Int?
    var noColor: Bool
  }

  struct Locale: Equatable {
    /// The variable that decides the character set (`LC_ALL`, `LC_CTYPE` or `LANG`) and its value.
    var variable: String?
    var value: String?
    /// Whether that locale is installed and uses UTF-8.
    var utf8: Bool
    /// Whether `C.UTF-8`, the screens' fallback, is installed.
    var fallbackAvailable: Bool
  }

  struct Database: Equatable {
    var path: String
    /// Where the path came from: `--db`, `CFAG_DB` or the default.
    var origin: String
    var exists: Bool
    /// The nearest folder that exists (the database's own folder when it exists).
    var existingFolder: String
    var folderWritable: Bool
    /// The file's owner and mode, and whether this user can read and write it.
    var ownedByUser: Bool
    var mode: Int?
    var readable: Bool
    var writable: Bool
    /// A network file system type holding the folder (NFS, CIFS...), if any.
    var networkFileSystem: String?
    var freeBytes: Int64?
    /// What reading the file found, or why it could not be read.
    var inspection: Inspection?
    var openError: String?
    /// For a PostgreSQL URI (whose file facts are left empty): what connecting found.
    var server: PostgresInspection? = nil
  }

  struct Inspection: Equatable {
    var schemaVersion: Int
    var unknownMigrations: [String]
    var journalMode: String
    var quickCheckProblems: [String]
    var hasChangeLog: Bool
    var audits: Int
  }

  struct Themes: Equatable {
    struct Folder: Equatable {
      var path: String
      var source: String
      var exists: Bool
    }
    var folders: [Folder]
    /// Theme ids in use with the file each came from.
    var themes: [(id: String, file: String)]
    /// Files that lost to another with the same id: (file, the winning file).
    var shadowed: [(file: String, by: String)]
    /// Errors in theme files, as `file:line:column: message`.
    var errors: [String]

    static func == (lhs: Themes, rhs: Themes) -> Bool {
      lhs.folders == rhs.folders
        && lhs.themes.map { [$0.id, $0.file] } == rhs.themes.map { [$0.id, $0.file] }
        && lhs.shadowed.map { [$0.file, $0.by] } == rhs.shadowed.map { [$0.file, $0.by] }
        && lhs.errors == rhs.errors
    }
  }

  struct Settings: Equatable {
    /// Who is acting, and where the name came from (`--as`, `CFAG_USER`, the account name, ...).
    var actor: String
    var actorOrigin: ActingPerson.Origin
    /// `CFAG_TODAY`, when set.
    var fixedToday: String?
    var fixedTodayValid: Bool
    /// The date reports and the change log use today.
    var today: String
    /// Whether the database is a PostgreSQL one, whose login is the actor whatever else is set.
    var onPostgres = false
    /// That login, when the server answered.
    var databaseLogin: String? = nil
  }

  var version: String
  var schemaVersion: Int
  var terminal: Terminal
  var locale: Locale
  var database: Database
  var themes: Themes
  var settings: Settings
}

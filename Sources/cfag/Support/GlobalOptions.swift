import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database: an SQLite file, or a PostgreSQL URI such as postgresql://cfag@db.example/cfag?sslmode=verify-full "
        + "(password from ~/.pgpass or PGPASSWORD) (default: $CFAG_DB, else ~/.local/share/cfag/cfag.sqlite).",
      valueName: "path|uri"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The only folder to read themes from (default: $CFAG_THEMES, else ./Themes, the bundled themes and ~/.local/share/cfag/themes).",
      valueName: "dir"))
  var themes: String?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Who is acting, for the change log (default: $CFAG_USER, else the account name).", valueName: "name"))
  var actor: String?

  @Flag(name: .long, help: "Print machine-readable JSON on stdout.")
  var json = false

  @Option(
    name: .customLong("if-unchanged-since"),
    help: ArgumentHelp(
      "Refuse to change anything someone changed after this change log sequence number (see `cfag log`).",
      valueName: "logseq"))
  var ifUnchangedSince: Int?
}

/// The global options as plain values, however they were read: from `GlobalOptions`, or by
/// `ScreenLaunch` for the forms that open the screens.
struct GlobalSettings: Equatable {
  var db: String? = nil
  var themes: String? = nil
  var actor: String? = nil
  var json = false
  var ifUnchangedSince: Int? = nil
}

extension GlobalOptions {
  var settings: GlobalSettings {
    GlobalSettings(db: db, themes: themes, actor: actor, json: json, ifUnchangedSince: ifUnchangedSince)
  }
}

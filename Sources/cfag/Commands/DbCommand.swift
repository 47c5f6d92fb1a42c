import ArgumentParser
import CFAGStore

/// `cfag db`: looking after a shared PostgreSQL database.
struct DbCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db",
    abstract: "Look after a shared PostgreSQL database (an SQLite file needs none of this).",
    subcommands: [DbMigrateCommand.self, DbRoleCommand.self, DbCopyCommand.self])
}

/// `cfag db migrate`: brings a PostgreSQL database to this cfag's schema.
struct DbMigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Bring the PostgreSQL database given by --db or CFAG_DB to this cfag's schema.",
    discussion: """
      Run by the database's owner, once after creating the database and again after each upgrade of
      cfag. It applies the migrations the database lacks in one transaction: all of them or none.
      An SQLite file is migrated whenever cfag opens it.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let env = try AppEnvironment(global)
    let uri = try env.postgresURI("which cfag migrates whenever it opens it", to: "migrate")
    let applied = try Store.migratePostgres(uri: uri)
    if global.json {
      JSONOutput.print(["applied": applied])
    } else if applied.isEmpty {
      Output.done("the database is up to date (schema version \(SchemaVersion.current))")
    } else {
      Output.done(
        "applied \(applied.count) migration\(applied.count == 1 ? "" : "s") (\(applied.joined(separator: ", "))); "
          + "the database is at schema version \(SchemaVersion.current)")
    }
  }
}

import ArgumentParser
import CFAGStore
import Foundation

/// `cfag db copy --to URI`: moves a partnership's database (an SQLite file) to a PostgreSQL server.
struct DbCopyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copy",
    abstract: "Copy the database given by --db or CFAG_DB into an empty PostgreSQL database.",
    discussion: """
      Copies every row of every table as it is stored, with the change log's hash chain, in one
      transaction that is committed only once the copy passes verify with the same chain head: the
      copy is whole, or nothing is written. The source must pass verify; the target is migrated
      first and must hold no data (not even the agency list another cfag command would have added).
      """)

  @OptionGroup var global: GlobalOptions
  @Option(
    help: ArgumentHelp(
      "The empty PostgreSQL database to copy into (password from ~/.pgpass or PGPASSWORD).",
      valueName: "uri"))
  var to: String

  func run() throws {
    let env = try AppEnvironment(global)
    guard Store.isPostgresURI(to) else {
      throw CLIError("--to \(to) is not a PostgreSQL URI; give one such as postgresql://cfag@db.example/cfag")
    }
    let source = env.databasePath
    guard Store.isPostgresURI(source) || FileManager.default.fileExists(atPath: source) else {
      throw CLIError("no database at \(source)")
    }
    let store = try Store(path: source, readOnly: Store.isUpToDate(path: source))
    for warning in store.warnings { Output.warn(warning) }
    let progress = TerminalProgress.start("db copy")
    defer { progress.line?.finish() }
    let result = try store.copy(to: to, progress: progress.reporter)
    progress.line?.finish()
    if global.json { return JSONOutput.print(DbCopyJSON(result)) }
    let rows = result.tables.map { "\($0.table) \($0.rows)" }.joined(separator: ", ")
    Output.done(
      "copied \(source) to \(to): \(VerifyText.counted(result.changeRecords, "change record")) and their rows "
        + "(\(rows)); the copy passes verify; chain head: record \(result.report.headSequence ?? 0), "
        + "hash \(result.report.headHash ?? "none")")
  }
}

import ArgumentParser
import CFAGStore
import Foundation

struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract:
      "Write a consistent copy of the database (0600), safe while cfag is in use, and verify the copy.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The file to write (must not exist yet).") var out: String

  func run() throws {
    let env = try AppEnvironment(global)
    guard !Store.isPostgresURI(env.databasePath) else {
      throw CLIError(
        "cfag backup copies an SQLite file; back up a PostgreSQL database with pg_dump (see docs/deployment.md)"
      )
    }
    guard FileManager.default.fileExists(atPath: env.databasePath) else {
      throw CLIError("no database at \(env.databasePath)")
    }
    let store = try Store(path: env.databasePath)
    for warning in store.warnings { Output.warn(warning) }
    let progress = TerminalProgress.start("backup")
    defer { progress.line?.finish() }
    progress.reporter("copying the database", done: 0, of: nil)
    try store.backup(to: out)
    let report = try Verifier.verify(file: out, progress: progress.reporter)
    progress.line?.finish()
    if !report.isValid {
      Output.warn(
        "the copy does not pass verify (\(report.problems.count) problems), because the database itself "
          + "does not: run cfag verify")
    }
    Output.done(
      "backed up \(env.databasePath) to \(out) (\(VerifyText.counted(report.records, "change record")), "
        + "\(VerifyText.counted(report.audits, "audit")))")
  }
}

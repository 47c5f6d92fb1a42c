import ArgumentParser
import CFAGStore

struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace the database with a backup, after verifying the backup.",
    discussion: """
      The backup must pass every check of `cfag verify`; otherwise nothing changes. The contents replaced
      are kept next to the database as NAME.before-restore (then -2, -3...).
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The backup file.") var file: String

  func run() throws {
    let env = try AppEnvironment(global)
    let store = try Store(path: env.databasePath)
    for warning in store.warnings { Output.warn(warning) }
    let progress = TerminalProgress.start("restore")
    defer { progress.line?.finish() }
    let result = try store.restore(from: file, progress: progress.reporter)
    progress.line?.finish()
    if let kept = result.keptAt { Output.done("the database replaced was kept as \(kept)") }
    guard result.report.isValid else {
      throw CLIError("restored \(file), but the database now fails verify: run cfag verify")
    }
    Output.done(
      "restored \(env.databasePath) from \(file) (\(VerifyText.counted(result.report.records, "change record")), "
        + "\(VerifyText.counted(result.report.audits, "audit")); verify passed)")
  }
}

import ArgumentParser
import CFAGStore
import Foundation

struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check the database: integrity, foreign keys, the change log's hash chain, every stored value "
      + "against its last logged value, and every audit's figures.",
    discussion: """
      Opens the file read-only and changes no byte of it. Exits 0 when every check passes, 1 with an
      account of each problem otherwise. Without a key, a rewrite of the whole log from some record on
      cannot be told from the real one: note the chain head it prints (the report of a signed-off audit
      carries it too), and check later with --head that it is still in the chain.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "A chain head hash noted earlier: fail unless it is still in the change log.")
  var head: String?

  func run() throws {
    let env = try AppEnvironment(global)
    guard !Store.isPostgresURI(env.databasePath) else {
      let store = try Store(path: env.databasePath)
      return try show(try store.verify(notedHead: head))
    }
    guard FileManager.default.fileExists(atPath: env.databasePath) else {
      throw CLIError("no database at \(env.databasePath)")
    }
    guard !Store.isBlank(path: env.databasePath) else {
      // Nothing was ever stored in it, so nothing can have been changed behind cfag's back.
      if global.json {
        JSONOutput.print(VerificationJSON(VerificationReport()))
      } else {
        Output.print(
          "The database \(env.databasePath) holds nothing yet: its first setup did not finish. "
            + "cfag sets it up the next time it is used.")
      }
      return
    }
    let progress = TerminalProgress.start("verify")
    defer { progress.line?.finish() }
    let report = try Verifier.verify(file: env.databasePath, notedHead: head, progress: progress.reporter)
    progress.line?.finish()
    try show(report)
  }

  private func show(_ report: VerificationReport) throws {
    if global.json {
      JSONOutput.print(VerificationJSON(report))
    } else {
      Output.print(VerifyText.render(report))
    }
    guard report.isValid else {
      let failed = VerificationReport.Check.allCases.filter { !report.problems($0).isEmpty }.map(\.rawValue)
      throw CLIError(
        "verify failed: \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") "
          + "(\(failed.joined(separator: ", "))); the database may have been changed outside cfag")
    }
  }
}

/// `cfag verify` for people: one line per check, then the problems.
enum VerifyText {
  /// Problems shown per check; `--json` lists them all.
  static let shownPerCheck = 50

  static func render(_ report: VerificationReport) -> String {
    var lines = [
      "Checked \(counted(report.records, "change record")), \(counted(report.rows, "row")) and "
        + "\(counted(report.audits, "audit"))."
    ]
    for check in VerificationReport.Check.allCases {
      if report.notApplicable.contains(check) {
        lines.append("n/a     " + check.label + " (checked on SQLite files only)")
        continue
      }
      let count = report.problems(check).count
      lines.append(
        (count == 0 ? "ok      " : "FAILED  ") + check.label
          + (count == 0 ? "" : " (\(count) problem\(count == 1 ? "" : "s"))"))
    }
    if report.purgedTexts > 0 {
      lines.append(
        "\(report.purgedTexts) logged value texts were removed by a retention purge; their hashes remain.")
    }
    if let sequence = report.headSequence, let hash = report.headHash {
      lines.append("Chain head: record \(sequence), hash \(hash)")
    }
    if let noted = report.notedHead, let sequence = report.notedHeadSequence {
      lines.append("The noted head \(noted) is record \(sequence) of the chain.")
    }
    for check in VerificationReport.Check.allCases {
      let problems = report.problems(check)
      guard !problems.isEmpty else { continue }
      lines.append("")
      lines.append("\(check.label):")
      lines += problems.prefix(shownPerCheck).map { "  " + $0.description }
      if problems.count > shownPerCheck {
        lines.append("  ... and \(problems.count - shownPerCheck) more (cfag verify --json lists them all)")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

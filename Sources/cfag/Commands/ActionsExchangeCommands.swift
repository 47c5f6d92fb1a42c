import ArgumentParser
import CFAGDomain
import CFAGInterchange
import CFAGOutput
import CFAGStore
import Foundation

struct ActionsExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write the subgroup's pack: summary by agency and RAG, overdue first, each action's latest progress.",
    discussion:
      "The CSV (UTF-8 with BOM, ISO dates, one row per action) can be edited and read back with `cfag actions import`."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, html }

  @OptionGroup var global: GlobalOptions
  @Option(help: "csv, md or html.") var format: Format
  @Option(help: "Only this owner agency's actions.") var agency: String?
  @Option(help: "open (not closed), closed or all.") var status: TrackerPack.Selection.Status = .open
  @Option(help: "Only actions raised, noted, revised or closed on or after this date.") var since: Day?
  @Option(help: "The file to write (readable by you only).") var out: String
  @Flag(help: "Replace the file if it exists.") var force = false

  func run() throws {
    let env = try AppEnvironment(global)
    let pack = try env.workbench(readOnly: true).trackerPack(
      agency: agency, selection: TrackerPack.Selection(status: status, since: since),
      settings: try env.documentSettings())
    let bytes: [UInt8] =
      switch format {
      case .csv: TrackerPackCSV.encode(pack)
      case .md: Array(TrackerPackMarkdown.render(pack).utf8)
      case .html: Array(TrackerPackHTML.render(pack).utf8)
      }
    try PrivateFile.write(bytes, to: out, replace: force)
    Output.done(
      "wrote the pack for \(pack.scope) (\(pack.selection.words)) to \(out): \(pack.entries.count) action(s), "
        + "\(pack.overdue.count) overdue"
    )
  }
}

struct ActionsImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Apply agencies' edits of the exported CSV (progress notes, status, evidence, revised dates).",
    discussion: """
      Rows are matched by ID. Every change is listed on stdout, action by action and field by field.
      Unknown ids, invalid values, and rows whose action changed since the export are reported with
      their line, and nothing is applied while any remains. A revised due date needs the "Due date
      reason" column.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The edited CSV file.") var file: String
  @Flag(help: "List the changes and apply nothing.") var dryRun = false

  func run() throws {
    let data = Data(try FileInput.bytes(file))
    let plan: TrackerImportPlan
    do {
      plan = try AppEnvironment(global).workbench().importActionUpdates(data, dryRun: dryRun)
    } catch let failure as TrackerImportFailure {
      for problem in failure.problems {
        Output.standardError("\(file):\(problem.line): " + problemText(problem))
      }
      throw CLIError("nothing was applied: \(failure.problems.count) problem(s) in \(file)")
    }
    for entry in plan.entries {
      Output.print("\(entry.id) (line \(entry.line))")
      for change in entry.changes { Output.print("  \(change)") }
    }
    let changes = plan.entries.map(\.changes.count).reduce(0, +)
    let summary =
      "\(changes) change(s) to \(plan.entries.count) action(s); \(plan.unchanged) row(s) unchanged"
    Output.done(dryRun ? "dry run: would apply \(summary); nothing applied" : "applied \(summary)")
  }

  private func problemText(_ problem: TrackerImportProblem) -> String {
    (problem.id.map { "\($0): " } ?? "") + problem.message
  }
}

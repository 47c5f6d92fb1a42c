import ArgumentParser
import CFAGDomain
import CFAGInterchange
import CFAGOutput
import CFAGStore
import Foundation

struct CasesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases", abstract: "The candidate list the random draw picks from.",
    subcommands: [CasesImport.self, CasesList.self, CasesClear.self], defaultSubcommand: CasesList.self)
}

struct CasesImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a CSV export of candidate cases (all or nothing; a re-import updates the list).",
    discussion: """
      Columns are found by their usual headers (Case Reference, Plan Type, Date of Birth / DOB / Age / \
      Expected Date, Gender, Team, Start Date, Agencies Known); a mapping file names any others. Dates of \
      birth become age bands and are never stored. Columns that look like names, addresses, NHS numbers, \
      phone numbers, postcodes or emails are refused: leave them out with --drop COLUMN.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The CSV file.") var file: String
  @Option(
    help: "A mapping file: lines `FIELD: COLUMN HEADER`, `drop: COLUMN`, `value plan_type: CODE = PLAN`.")
  var mapping: String?
  @Option(name: .customLong("drop"), help: "A column to leave out of the import (repeat for each).")
  var dropped: [String] = []
  @Option(help: "The list's source; re-importing a source replaces its rows (default: default).")
  var source: String?
  @Flag(help: "Allow a list that removes every candidate its source had (say, a header-only file).")
  var replace = false

  func run() throws {
    let env = try AppEnvironment(global)
    let parsedMapping = try mapping.map { path in
      do {
        return try CandidateMapping(
          parsing: String(decoding: try FileInput.bytes(path), as: UTF8.self), name: path)
      } catch let problems as ImportProblems {
        throw problems.failure("mapping file \(path) has problems, so \(file) was")
      }
    }
    let request = CandidateImportRequest(
      bytes: try FileInput.bytes(file), fileName: file, mapping: parsedMapping ?? CandidateMapping(),
      dropped: dropped, source: source, replace: replace)
    let summary: CandidateImportSummary
    do {
      summary = try env.workbench().importCandidates(request)
    } catch let problems as ImportProblems {
      throw problems.failure("candidate list \(file)")
    }
    if global.json { JSONOutput.print(CandidateImportJSON(summary)) }
    var message =
      "imported \(summary.rows) candidates from \(file) (source \(summary.source), \(summary.encoding.displayName)): "
      + "\(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.removed) removed"
    message += "\nSHA-256 of the file: \(summary.fileHash)"
    if !summary.ignoredColumns.isEmpty {
      message += "\nnot stored (not candidate fields): \(summary.ignoredColumns.joined(separator: ", "))"
    }
    Output.done(message)
  }
}

struct CasesList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the candidate list, or only the cases a theme admits today.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only candidates who meet this theme's criteria.") var theme: String?

  func run() throws {
    let env = try AppEnvironment(global)
    let theme = try theme.map { try env.theme($0) }
    let candidates = try env.workbench(readOnly: true).candidates(admittedBy: theme)
    if global.json { return JSONOutput.print(candidates.map(CandidateJSON.init)) }
    guard !candidates.isEmpty else {
      return Output.done(
        theme == nil
          ? "the candidate list is empty; import one with: cfag cases import FILE"
          : "no candidate meets the criteria of \(theme!.id): "
            + theme!.criteria.map(\.description).joined(separator: "; "))
    }
    Output.print(
      TextTable.render(
        header: ["REFERENCE", "PLAN", "AGE", "GENDER", "TEAM", "START", "AGENCIES KNOWN"],
        rows: candidates.map {
          [
            $0.reference.value, $0.planType.label, $0.ageBand?.label ?? "", $0.gender ?? "", $0.team ?? "",
            $0.startDate?.iso ?? "", $0.agenciesKnown.joined(separator: "; "),
          ]
        }))
    if let theme { Output.done("\(candidates.count) candidates meet the criteria of \(theme.id)") }
  }
}

struct CasesClear: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clear",
    abstract: "Delete the candidate list once the draw is done (the draw keeps the pool's hash).")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Keep the candidates that are cases of an audit.") var keepSampled = false

  func run() throws {
    let deleted = try AppEnvironment(global).workbench().clearCandidates(keepSampled: keepSampled)
    Output.done(
      "deleted \(deleted) candidate\(deleted == 1 ? "" : "s")"
        + (keepSampled ? ", kept the sampled ones" : ""))
  }
}

/// Reading files named on the command line, with messages people can act on.
enum FileInput {
  /// A file's bytes (`FileBytes`), or an error naming it.
  static func bytes(_ path: String) throws -> [UInt8] {
    guard let bytes = FileBytes.read(atPath: path) else {
      throw CLIError("cannot read \(path): no such file, or it is not readable")
    }
    return bytes
  }
}

extension ImportProblems {
  /// Prints every problem (capped) on stderr and gives the closing error, e.g. "return FILE not
  /// imported: 3 problems; nothing was stored".
  func failure(_ what: String) -> CLIError {
    for line in shown { Output.standardError(line) }
    let count = "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
    return CLIError("\(what) not imported: \(count); nothing was stored")
  }
}

import ArgumentParser
import CFAGDomain
import CFAGInterchange
import CFAGOutput
import CFAGStore
import Foundation

struct ReturnsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "returns",
    abstract: "Agency returns: templates out, filled returns in, the chase list, the pack.",
    subcommands: [
      ReturnsTemplate.self, ReturnsImport.self, ReturnsAdd.self, ReturnsStatus.self, ReturnsWithdraw.self,
      ReturnsPack.self,
    ])
}

/// The forms a return template can take.
enum TemplateFormat: String, ExpressibleByArgument, CaseIterable {
  case csv
  case md

  var format: ReturnFormat { self == .csv ? .csv : .markdown }
}

struct ReturnsTemplate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write a fill-in return for an agency: the audit's cases and the theme's questions.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "The agency (short forms accepted).") var agency: String
  @Option(help: "csv (opens in Excel) or md (any text editor).") var format: TemplateFormat
  @Option(help: "The file to write.") var out: String
  @Flag(help: "Overwrite the file if it exists.") var force = false

  func run() throws {
    let id = audit
    let template = try AppEnvironment(global).workbench(readOnly: true).returnTemplate(
      id, agency: agency, format: format.format)
    try PrivateFile.write(template.bytes, to: out, replace: force)
    Output.done(
      "wrote the \(template.agency.name) return for \(id) to \(out); import it filled in with: "
        + "cfag returns import \(id) FILE")
  }
}

struct ReturnsImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read a filled return (CSV or Markdown), all or nothing; a case returned again is replaced.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The filled return (.csv, or .md for Markdown).") var file: String

  func run() throws {
    let id = audit
    let bytes = try FileInput.bytes(file)
    let saved: Saved<ReturnImportSummary>
    do {
      saved = try AppEnvironment(global).workbench().importReturns(id, bytes: bytes, fileName: file)
    } catch let problems as ImportProblems {
      throw problems.failure("return \(file)")
    }
    let summary = saved.value
    CLIHints.warn(saved.warnings)
    var message =
      "imported the \(summary.agency.name) return for \(id): \(summary.added.count) case"
      + "\(summary.added.count == 1 ? "" : "s") added, \(summary.replaced.count) replaced"
    if !summary.blank.isEmpty {
      message += "; left blank, so still missing: \(summary.blank.map(\.value).joined(separator: ", "))"
    }
    Output.done(message)
  }
}

struct ReturnsAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Record one agency's return for one case directly.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case reference.") var reference: String
  @Option(help: "The agency (short forms accepted).") var agency: String
  @Option(help: "yes or no (default: yes, or what was recorded before).") var involved: YesNo?
  @Option(help: "Why the child came to the agency's attention.") var knownBecause: String?
  @Option(help: "The work the agency did.") var workDone: String?
  @Option(help: "Strengths in the agency's practice.") var strengths: String?
  @Option(help: "Gaps in the agency's practice.") var gaps: String?
  @Option(help: "How the child's voice was heard.") var voice: String?
  @Option(name: .customLong("answer"), help: "QUESTION=VALUE, e.g. referral-timely=\"partly: late\"; repeat.")
  var answers: [Assignment] = []
  @Option(help: "The agency's overall grade.") var grade: Grade?
  @Option(name: .customLong("domain"), help: "A domain's grade, DOMAIN=GRADE (or n/a); repeat.")
  var domains: [Assignment] = []

  func run() throws {
    let domainGrades = try Assignment.domainGrades(domains)
    let id = audit
    let input = ReturnInput(
      reference: reference, agency: agency, involved: involved?.value, knownBecause: knownBecause,
      workDone: workDone, strengths: strengths, gaps: gaps, voiceOfChild: voice,
      answers: Dictionary(answers.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }), overallGrade: grade,
      domainGrades: domainGrades)
    CLIHints.warn(try AppEnvironment(global).workbench().addReturn(id, input).warnings)
    Output.done("recorded the return for \(reference) from \(agency) in \(id)")
  }
}

/// `yes` or `no` on the command line.
struct YesNo: ExpressibleByArgument {
  let value: Bool

  init?(argument: String) {
    switch argument.lowercased() {
    case "yes", "y", "true": value = true
    case "no", "n", "false": value = false
    default: return nil
    }
  }

  static var allValueStrings: [String] { ["yes", "no"] }
}

struct ReturnsStatus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Cases by agencies: returned, not involved or missing, against the deadline; overdue first.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID

  func run() throws {
    let status = try AppEnvironment(global).workbench(readOnly: true).returnStatus(audit)
    if global.json { return JSONOutput.print(status.agencies.map { ReturnStatusJSON($0, status: status) }) }
    Output.print(ReturnsText.status(status))
  }
}

struct ReturnsWithdraw: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "withdraw", abstract: "Remove a return sent in error, with the reason.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case reference.") var reference: String
  @Option(help: "The agency that sent it.") var agency: String
  @Option(help: "Why it is withdrawn (kept in the change log).") var reason: String

  func run() throws {
    let id = audit
    try AppEnvironment(global).workbench().withdrawReturn(
      id, reference: reference, agency: agency, reason: reason)
    Output.done("withdrew the return for \(reference) from \(agency) in \(id)")
  }
}

struct ReturnsPack: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pack",
    abstract: "Write the pre-meeting pack: each case with every agency's return side by side.")

  /// The forms of the pack.
  enum PackFormat: String, ExpressibleByArgument, CaseIterable {
    case html
    case md
  }

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "html or md.") var format: PackFormat
  @Option(help: "The file to write (default: standard output).") var out: String?
  @Flag(help: "Overwrite the file if it exists.") var force = false

  func run() throws {
    let pack = try AppEnvironment(global).workbench(readOnly: true).returnPack(audit)
    let text = format == .html ? pack.html : pack.markdown
    guard let out else { return Output.print(text, terminator: "") }
    try PrivateFile.write(Array(text.utf8), to: out, replace: force)
    Output.done("wrote the pre-meeting pack for \(audit) (\(pack.tables.count) cases) to \(out)")
  }
}

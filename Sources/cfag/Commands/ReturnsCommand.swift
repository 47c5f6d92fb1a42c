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
  case docx

  var format: ReturnFormat {
    switch self {
    case .csv: .csv
    case .md: .markdown
    case .docx: .docx
    }
  }
}

struct ReturnsTemplate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write a fill-in return for an agency: the audit's cases and the theme's questions.",
    discussion: "Making a template records it as sent to the agency on the chase list (returns status).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "The agency (short forms accepted).") var agency: String
  @Option(help: "docx (a Word form), csv (opens in Excel) or md (any text editor).") var format:
    TemplateFormat
  @Option(help: "The file to write.") var out: String
  @Flag(help: "Overwrite the file if it exists.") var force = false

  func run() throws {
    let id = audit
    let template = try AppEnvironment(global).workbench().returnTemplate(
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
    abstract:
      "Read a filled return (Word, CSV or Markdown), all or nothing; a case returned again is replaced.",
    discussion: """
      A case with answers still to give is stored as a draft and left out of the figures until it is \
      complete. A case returned again is replaced; the changes are listed field by field (see them \
      first with --dry-run).
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The filled return (.docx, .csv, or .md for Markdown).") var file: String
  @Flag(help: "List what would be stored and changed, and store nothing.") var dryRun = false

  func run() throws {
    let id = audit
    let bytes = try FileInput.bytes(file)
    let saved: Saved<ReturnImportSummary>
    do {
      saved = try AppEnvironment(global).workbench().importReturns(
        id, bytes: bytes, fileName: file, dryRun: dryRun)
    } catch let problems as ImportProblems {
      throw problems.failure("return \(file)")
    }
    CLIHints.warn(saved.warnings)
    let lines = ReturnsText.imported(saved.value, auditID: id)
    for line in lines.dropLast() { Output.print(line) }
    Output.done(lines.last ?? "")
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
  @Option(help: "A domain that does not apply to the agency's work with the child; repeat.")
  var notApplicable: [String] = []

  func run() throws {
    let domainGrades = try Assignment.domainGrades(domains)
    let id = audit
    let input = ReturnInput(
      reference: reference, agency: agency, involved: involved?.value, knownBecause: knownBecause,
      workDone: workDone, strengths: strengths, gaps: gaps, voiceOfChild: voice,
      answers: Dictionary(answers.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }), overallGrade: grade,
      domainGrades: domainGrades, notApplicable: notApplicable)
    let saved = try AppEnvironment(global).workbench().addReturn(id, input)
    CLIHints.warn(saved.warnings)
    let missing = saved.value.missing
    Output.done(
      missing.isEmpty
        ? "recorded the return for \(reference) from \(agency) in \(id)"
        : "recorded a draft return for \(reference) from \(agency) in \(id); still missing: "
          + missing.map(\.label).joined(separator: ", "))
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
    abstract:
      "The chase list: per agency, when it was sent its template, and each case returned, draft (with what is missing), not involved or missing; overdue first."
  )

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
    let environment = try AppEnvironment(global)
    var pack = try environment.workbench(readOnly: true).returnPack(audit)
    pack.marking = try environment.documentSettings().marking
    let text = format == .html ? pack.html : pack.markdown
    guard let out else { return Output.print(text, terminator: "") }
    try PrivateFile.write(Array(text.utf8), to: out, replace: force)
    Output.done("wrote the pre-meeting pack for \(audit) (\(pack.tables.count) cases) to \(out)")
  }
}

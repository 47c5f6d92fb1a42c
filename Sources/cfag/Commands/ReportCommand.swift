import ArgumentParser
import CFAGDomain
import CFAGOutput
import CFAGReports
import CFAGStore
import Foundation

/// `cfag report`: the overview report of an audit (the default subcommand, so
/// `cfag report CFAG-2026-01 --format md` works), its narrative sections, trends and the annual section.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Overview reports, their narrative sections, trends and the annual section.",
    discussion: """
      cfag report AUDIT --format md|html|docx|csv [--out FILE] [--internal] [--redact] [--as-at DATE]
      cfag report edit AUDIT --section purpose|summary|conclusion|theme:TAG (--text T | --file F)
      cfag report trends [--theme ID] [--since DATE] [--period financial|calendar] --format md|html|docx|csv
      cfag report annual --from DATE --to DATE [--include-drafts] --format md|html|docx
      """,
    subcommands: [ReportRender.self, ReportEdit.self, ReportTrends.self, ReportAnnual.self],
    defaultSubcommand: ReportRender.self)
}

/// The formats a report is written in.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case md, html, docx, csv
}

struct ReportRender: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render", abstract: "Write an audit's overview report (the default: `cfag report AUDIT`).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "md, html, docx or csv.") var format: ReportFormat = .md
  @Option(help: "The file to write (default: standard output; docx needs a file).") var out: String?
  @Flag(help: "Overwrite --out if it exists.") var force = false
  @Flag(
    name: .customLong("internal"), help: "For the panel only: add the key from case labels to references.")
  var isInternal = false
  @Flag(help: "For wide circulation: suppress counts under 3 and leave case-level detail out.") var redact =
    false
  @Option(
    help: "Rate the action plan as on this date (a signed-off report is rated as at its sign-off date).")
  var asAt: Day?

  func run() throws {
    if format == .docx && out == nil {
      throw CLIError("a DOCX report is a binary file: give --out FILE.docx")
    }
    if format == .csv && redact {
      throw CLIError(
        "the CSV is case by case, so it cannot be made safe for wide circulation: "
          + "use --format md, html or docx with --redact")
    }
    let env = try AppEnvironment(global)
    let report = OverviewReport.build(
      try env.workbench(readOnly: true).reportInput(
        audit, options: ReportOptions(isInternal: isInternal, redact: redact),
        settings: try env.documentSettings(),
        asAt: asAt))
    let id = audit
    let bytes: Data =
      switch format {
      case .md: Data(MarkdownRenderer.render(report.document).utf8)
      case .html: Data(HTMLRenderer.render(report.document).utf8)
      case .docx: try DOCXRenderer.render(report.document)
      case .csv: Data(CSVRenderer.render(report).utf8)
      }
    try ReportOutput.emit(bytes, to: out, force: force, what: "report of \(id)")
    if isInternal { Output.warn("internal report: it holds case references; keep it to the panel") }
  }
}

struct ReportEdit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: "Write a narrative section of an audit's report (empty text removes it).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "purpose, summary, conclusion or theme:<finding tag>.") var section: String
  @Option(help: "The text.") var text: String?
  @Option(help: "A UTF-8 text file holding the text ('-' for standard input).") var file: String?

  func run() throws {
    let body = try ReportOutput.text(text: text, file: file)
    let section = try ReportSection(parsing: section)
    let id = audit
    CLIHints.warn(
      try AppEnvironment(global).workbench().setReportSection(id, section: section, text: body).warnings)
    Output.done(
      body.trimmingWhitespace.isEmpty
        ? "removed section \(section) of \(id)" : "saved section \(section) of \(id)")
  }
}

/// Where a report goes: standard output (text made safe for the terminal), or a new file readable
/// by its owner only.
enum ReportOutput {
  /// `bytes` is text unless `path` is given (DOCX always has one).
  static func emit(_ bytes: Data, to path: String?, force: Bool, what: String) throws {
    guard let path else { return Output.print(String(decoding: bytes, as: UTF8.self), terminator: "") }
    try PrivateFile.write(bytes, to: path, replace: force)
    Output.done("wrote \(what) to \(path)")
  }

  /// The text of `--text` or `--file`, exactly one of which must be given.
  static func text(text: String?, file: String?) throws -> String {
    switch (text, file) {
    case (let text?, nil): return text
    case (nil, "-"?):
      return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    case (nil, let file?):
      guard let text = String(validating: try FileInput.bytes(file), as: UTF8.self) else {
        throw CLIError("\(file) is not UTF-8 text; save it as UTF-8 and try again")
      }
      return text
    case (nil, nil): throw CLIError("give the section's text with --text TEXT or --file FILE")
    case (_?, _?): throw CLIError("give --text or --file, not both")
    }
  }
}

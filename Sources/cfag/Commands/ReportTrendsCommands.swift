import ArgumentParser
import CFAGDomain
import CFAGReports
import CFAGStore
import Foundation

struct ReportTrends: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trends",
    abstract: "Grades by theme and year, recurring findings and re-audits across audits.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only audits of this theme id.") var theme: String?
  @Option(help: "Only meetings on or after this date.") var since: Day?
  @Option(help: "Count by financial years (April to March, as the annual report) or calendar years.")
  var period: ReportPeriod.Kind = .financial
  @Option(help: "md, html, docx or csv.") var format: ReportFormat = .md
  @Option(help: "The file to write (default: standard output; docx needs a file).") var out: String?
  @Flag(help: "Overwrite --out if it exists.") var force = false

  func run() throws {
    if format == .docx && out == nil { throw CLIError("a DOCX file is binary: give --out FILE.docx") }
    let env = try AppEnvironment(global)
    let workbench = try env.workbench(readOnly: true)
    let audits = try workbench.allRecords(.figures)
    if let theme, !audits.contains(where: { $0.audit.theme.id == theme }) {
      let known = Set(audits.map(\.audit.theme.id)).sorted().joined(separator: ", ")
      throw CLIError("no audit of theme \"\(theme)\"; themes audited: \(known.isEmpty ? "none yet" : known)")
    }
    let trends = TrendReport.build(
      audits: audits, actions: try workbench.actions(ActionFilter(), withNotes: false), today: env.today,
      period: period,
      theme: theme, since: since)
    let document = trends.document.controlled(
      by: DocumentControl(settings: try env.documentSettings(), issued: env.today))
    let bytes =
      switch format {
      case .csv: Data(trends.csv.utf8)
      case .html: Data(HTMLRenderer.render(document).utf8)
      case .md: Data(MarkdownRenderer.render(document).utf8)
      case .docx: try DOCXRenderer.render(document)
      }
    try ReportOutput.emit(bytes, to: out, force: force, what: "trends")
  }
}

struct ReportAnnual: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annual", abstract: "The annual report's section on multi-agency audits for a period.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The first day of the period.") var from: Day
  @Option(help: "The last day of the period.") var to: Day
  @Flag(help: "Include audits held but not yet signed off, marked as drafts.") var includeDrafts = false
  @Option(help: "md, html or docx.") var format: ReportFormat = .md
  @Option(help: "The file to write (default: standard output; docx needs a file).") var out: String?
  @Flag(help: "Overwrite --out if it exists.") var force = false

  func run() throws {
    guard format != .csv else { throw CLIError("the annual section is written as md, html or docx") }
    if format == .docx && out == nil { throw CLIError("a DOCX file is binary: give --out FILE.docx") }
    guard from <= to else { throw CLIError("--from \(from.iso) is after --to \(to.iso)") }
    let env = try AppEnvironment(global)
    let workbench = try env.workbench(readOnly: true)
    let annual = AnnualReport.build(
      audits: try workbench.allRecords(.figures),
      sections: try workbench.allReportSections(),
      actions: try workbench.actions(ActionFilter(), withNotes: false), from: from,
      to: to, today: env.today, includeDrafts: includeDrafts)
    let document = annual.document.controlled(
      by: DocumentControl(settings: try env.documentSettings(), issued: env.today))
    let bytes =
      switch format {
      case .html: Data(HTMLRenderer.render(document).utf8)
      case .docx: try DOCXRenderer.render(document)
      case .md, .csv: Data(MarkdownRenderer.render(document).utf8)
      }
    try ReportOutput.emit(bytes, to: out, force: force, what: "annual section")
  }
}

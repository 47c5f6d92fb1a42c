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
  @Option(help: "md, html or csv.") var format: ReportFormat = .md
  @Option(help: "The file to write (default: standard output).") var out: String?
  @Flag(help: "Overwrite --out if it exists.") var force = false

  func run() throws {
    if format == .docx { throw CLIError("trends are written as md, html or csv") }
    let env = try AppEnvironment(global)
    let workbench = try env.workbench(readOnly: true)
    let audits = try workbench.allRecords(withReturns: false)
    if let theme, !audits.contains(where: { $0.audit.theme.id == theme }) {
      let known = Set(audits.map(\.audit.theme.id)).sorted().joined(separator: ", ")
      throw CLIError("no audit of theme \"\(theme)\"; themes audited: \(known.isEmpty ? "none yet" : known)")
    }
    let trends = TrendReport.build(
      audits: audits, actions: try workbench.actions(ActionFilter()), today: env.today, period: period,
      theme: theme, since: since)
    let document = trends.document.controlled(
      by: DocumentControl(settings: try env.documentSettings(), issued: env.today))
    let text =
      switch format {
      case .csv: trends.csv
      case .html: HTMLRenderer.render(document)
      case .md, .docx: MarkdownRenderer.render(document)
      }
    try ReportOutput.emit(Data(text.utf8), to: out, force: force, what: "trends")
  }
}

struct ReportAnnual: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annual", abstract: "The annual report's section on multi-agency audits for a period.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The first day of the period.") var from: Day
  @Option(help: "The last day of the period.") var to: Day
  @Flag(help: "Include audits held but not yet signed off, marked as drafts.") var includeDrafts = false
  @Option(help: "md or html.") var format: ReportFormat = .md
  @Option(help: "The file to write (default: standard output).") var out: String?
  @Flag(help: "Overwrite --out if it exists.") var force = false

  func run() throws {
    guard format == .md || format == .html else {
      throw CLIError("the annual section is written as md or html")
    }
    guard from <= to else { throw CLIError("--from \(from.iso) is after --to \(to.iso)") }
    let env = try AppEnvironment(global)
    let workbench = try env.workbench(readOnly: true)
    let annual = AnnualReport.build(
      audits: try workbench.allRecords(withReturns: false),
      sections: try workbench.allReportSections(), actions: try workbench.actions(ActionFilter()), from: from,
      to: to, today: env.today, includeDrafts: includeDrafts)
    let document = annual.document.controlled(
      by: DocumentControl(settings: try env.documentSettings(), issued: env.today))
    let text = format == .html ? HTMLRenderer.render(document) : MarkdownRenderer.render(document)
    try ReportOutput.emit(Data(text.utf8), to: out, force: force, what: "annual section")
  }
}

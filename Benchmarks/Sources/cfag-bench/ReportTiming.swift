import CFAGDomain
import CFAGReports
import CFAGStore
import Foundation

/// P4: the audit with the most actions, reported in each format as `cfag report` does (its reads
/// included); then the trend report and the annual section (the financial year to today) over every
/// audit and action, read as `cfag report trends` and `cfag report annual` read them.
struct ReportTiming {
  let workbench: Workbench
  /// How many times each format is timed.
  static let rounds = 21

  func run() throws {
    let summaries = try workbench.auditSummaries()
    let actions = try workbench.actions(ActionFilter())
    let counts = Dictionary(actions.compactMap(\.source.auditID).map { ($0, 1) }, uniquingKeysWith: +)
    guard let audit = summaries.max(by: { (counts[$0.id] ?? 0, $1.id) < (counts[$1.id] ?? 0, $0.id) }) else {
      print("error no audits: run cfag demo --years 10 first")
      return
    }
    print("report_audit \(audit.id)")
    let formats: [(String, (OverviewReport) throws -> Int)] = [
      ("md", { MarkdownRenderer.render($0.document).utf8.count }),
      ("html", { HTMLRenderer.render($0.document).utf8.count }),
      ("docx", { try DOCXRenderer.render($0.document).count }),
      ("csv", { CSVRenderer.render($0).utf8.count }),
    ]
    // Each format once to warm up, then 21 rounds of the four in turn, so that a change in the
    // machine's load falls on all four alike rather than on whichever format was running.
    var times = Array(repeating: [Double](), count: formats.count)
    for (_, render) in formats { _ = try render(try overview(audit.id)) }
    for _ in 0..<Self.rounds {
      for (index, (_, render)) in formats.enumerated() {
        times[index].append(try Timing.milliseconds { _ = try render(try overview(audit.id)) })
      }
    }
    for (index, (name, _)) in formats.enumerated() {
      Timing.figure("report_\(name)_ms", Timing.percentile(50, of: times[index]))
    }
    Timing.figure(
      "trends_ms",
      try Timing.median(runs: 5) {
        let records = try workbench.allRecords(.figures)
        let trends = TrendReport.build(
          audits: records, actions: try workbench.actions(ActionFilter(), withNotes: false),
          today: workbench.session.today)
        _ = MarkdownRenderer.render(trends.document)
      })
    let year = workbench.session.today.year
    guard let from = Day(year: year - 1, month: 4, day: 1), let to = Day(year: year, month: 3, day: 31) else {
      return
    }
    Timing.figure(
      "annual_ms",
      try Timing.median(runs: 5) {
        let annual = AnnualReport.build(
          audits: try workbench.allRecords(.figures), sections: try workbench.allReportSections(),
          actions: try workbench.actions(ActionFilter(), withNotes: false), from: from, to: to,
          today: workbench.session.today)
        _ = MarkdownRenderer.render(annual.document)
      })
  }

  /// One audit's overview, read from the database as `cfag report AUDIT` reads it.
  private func overview(_ id: AuditID) throws -> OverviewReport {
    let directory = try workbench.agencyDirectory()
    return OverviewReport.build(
      ReportInput(
        record: try workbench.record(id),
        agencyNames: Dictionary(
          directory.agencies.map { ($0.id, $0.shortName) }, uniquingKeysWith: { first, _ in first }),
        actions: try workbench.actions(ActionFilter(audit: id)), sections: try workbench.reportSections(id),
        amendments: try workbench.amendments(id), options: ReportOptions(isInternal: false, redact: false),
        today: workbench.session.today))
  }
}

import CFAGDomain
import CFAGReports
import CFAGStore

extension Workbench {
  /// Everything an audit's overview report is built from, read as the screen's export and
  /// `cfag report` both read it: a signed-off audit's actions as they stood at sign-off (or on
  /// `asAt`), so a later export rates the action plan the same.
  public func reportInput(
    _ id: AuditID, options: ReportOptions, settings: DocumentSettings?, asAt: Day? = nil
  ) throws -> ReportInput {
    let record = try record(id)
    let directory = try agencyDirectory()
    let ragDay = ReportInput.ragDay(record, asAt: asAt)
    var input = ReportInput(
      record: record,
      agencyNames: Dictionary(
        directory.agencies.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a }),
      actions: try ragDay.map { try actions(of: id, asAt: $0) } ?? actions(ActionFilter(audit: id)),
      sections: try reportSections(id), amendments: try amendments(id), options: options, today: session.today
    )
    input.signOffHead = try signOffHead(id)
    input.settings = settings
    input.ragAsAt = ragDay
    return input
  }
}

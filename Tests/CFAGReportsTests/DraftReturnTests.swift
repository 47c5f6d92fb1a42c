import CFAGDomain
import Testing

@testable import CFAGReports

/// Reports count an agency's return only once it is complete, and say which sections it marked
/// not applicable.
struct DraftReturnTests {
  static func input(extra: [AgencyReturn]) -> ReportInput {
    var record = Fixtures.mixed().record
    record.returns += extra
    return ReportInput(record: record, agencyNames: Fixtures.agencyNames, today: Fixtures.today)
  }

  @Test func aDraftReturnIsLeftOutOfTheFigures() {
    let draft = AgencyReturn(
      reference: Fixtures.reference(1), agency: "medway-community-healthcare", overallGrade: .good)
    let input = Self.input(extra: [draft])
    #expect(!draft.isComplete(in: Fixtures.theme))
    #expect(!input.record.returns.contains(draft))
    let method = OverviewReport.build(input).method
    #expect(!method.returns.returned.map(\.agency).contains("MCH"))
    let complete = Self.input(extra: [
      AgencyReturn(
        reference: Fixtures.reference(1), agency: "medway-community-healthcare", knownBecause: "school nurse",
        overallGrade: .good)
    ])
    #expect(OverviewReport.build(complete).method.returns.returned.map(\.agency).contains("MCH"))
  }

  @Test func theAgencyListSaysWhichSectionsDidNotApply() {
    let input = Self.input(extra: [
      AgencyReturn(
        reference: Fixtures.reference(1), agency: "medway-community-healthcare", knownBecause: "school nurse",
        notApplicable: ["planning"], overallGrade: .good)
    ])
    let markdown = MarkdownRenderer.render(OverviewReport.build(input).document)
    #expect(markdown.contains("MCH said this section did not apply: Planning (1 case)."))
  }
}

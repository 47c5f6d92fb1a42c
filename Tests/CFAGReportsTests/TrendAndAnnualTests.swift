import CFAGDomain
import Testing

@testable import CFAGReports

/// Trends and the annual section on a fixture of audits over three years.
struct TrendAndAnnualTests {
  /// An audit of child in need, or of neglect when its id ends in N, with these grades and findings.
  static func audit(_ id: String, date: String, grades: [Grade], findings: [[String]] = []) -> AuditRecord {
    let neglect = id.hasSuffix("N")
    let theme = Theme(
      id: neglect ? "neglect" : "child-in-need",
      title: neglect ? "Neglect" : "Children on Child in Need plans",
      version: 1, description: "",
      reportSubject: neglect ? "children living with neglect" : "children on a child in need plan",
      criteria: [],
      domains: [], gradeDescriptors: [:])
    let references = grades.indices.map { CaseReference(trusted: "\(id)-C\($0 + 1)") }
    return AuditRecord(
      audit: Audit(id: AuditID(id), title: id, theme: theme, meetingDate: Day(iso: date)!),
      cases: references.enumerated().map { AuditCase(reference: $1, selection: .random(order: $0 + 1)) },
      assessments: references.enumerated().map { index, reference in
        PanelAssessment(
          reference: reference, overall: grades[index], rationale: "r",
          findings: (index < findings.count ? findings[index] : []).map { FindingTag(trusted: $0) })
      })
  }

  static let audits = [
    audit(
      "CFAG-2019-01", date: "2019-11-14",
      grades: [
        .good, .requiresImprovement, .requiresImprovement, .requiresImprovement, .requiresImprovement,
        .inadequate,
      ],
      findings: [[], ["escalation-policy-not-used"], ["escalation-policy-not-used"]]),
    audit(
      "CFAG-2020-01N", date: "2020-06-11",
      grades: [.requiresImprovement, .inadequate, .inadequate], findings: [["escalation-policy-not-used"]]),
    audit(
      "CFAG-2021-01", date: "2021-05-20",
      grades: [.good, .good, .good, .requiresImprovement, .requiresImprovement, .good],
      findings: [[], [], [], ["escalation-policy-not-used", "drift"]]),
  ]

  static let actions = [
    TrackerAction(
      id: "LL-2019-001", text: "Relaunch the escalation policy",
      source: .recommendation(id: "R-1", auditID: "CFAG-2019-01"),
      owner: "kent-police", lead: "DI", created: Day(iso: "2019-12-01")!, due: Day(iso: "2020-06-01")!,
      status: .closed, evidenceOfImpact: "Escalations up by half",
      closure: Closure(by: "Chair", on: Day(iso: "2020-09-01")!)),
    TrackerAction(
      id: "LL-2019-002", text: "Audit CIN plan reviews",
      source: .recommendation(id: "R-2", auditID: "CFAG-2019-01"),
      owner: "kent-police", lead: "DI", created: Day(iso: "2019-12-01")!, due: Day(iso: "2020-06-01")!),
  ]

  @Test func gradesByYearAndThemeAndYear() {
    let trends = TrendReport.build(audits: Self.audits, actions: Self.actions)
    #expect(trends.audits == 3)
    #expect(trends.byYear.map(\.year) == [2019, 2020, 2021])
    #expect(
      trends.byYear.map(\.distribution) == [
        GradeDistribution(good: 1, requiresImprovement: 4, inadequate: 1, cases: 6),
        GradeDistribution(good: 0, requiresImprovement: 1, inadequate: 2, cases: 3),
        GradeDistribution(good: 4, requiresImprovement: 2, inadequate: 0, cases: 6),
      ])
    #expect(
      trends.byThemeAndYear.map { "\($0.themeID!) \($0.year) \($0.audits)" } == [
        "child-in-need 2019 1", "child-in-need 2021 1", "neglect 2020 1",
      ])
  }

  @Test func recurringFindingAcrossThreeAuditsOverThreeYears() {
    let trends = TrendReport.build(audits: Self.audits, actions: Self.actions)
    #expect(trends.recurring.count == 1)
    let finding = trends.recurring[0]
    #expect(finding.tag.value == "escalation-policy-not-used")
    #expect(finding.audits == ["CFAG-2019-01", "CFAG-2020-01N", "CFAG-2021-01"])
    #expect(finding.years == [2019, 2020, 2021])
    #expect(finding.cases == 4)
  }

  @Test func reauditComparesBeforeAndAfterWithActionsClosedBetween() {
    let trends = TrendReport.build(audits: Self.audits, actions: Self.actions)
    #expect(trends.reaudits.count == 1)
    let reaudit = trends.reaudits[0]
    #expect(reaudit.before.auditID == "CFAG-2019-01" && reaudit.after.auditID == "CFAG-2021-01")
    #expect(reaudit.actionsClosed.map(\.id) == ["LL-2019-001"])
    #expect(reaudit.actionsOpen == 1)
    #expect(reaudit.after.headline.hasPrefix("4 of the 6 cases"))
  }

  @Test func filtersByThemeAndSince() {
    #expect(TrendReport.build(audits: Self.audits, actions: [], theme: "neglect").audits == 1)
    let since = TrendReport.build(audits: Self.audits, actions: [], since: Day(iso: "2020-01-01")!)
    #expect(since.audits == 2 && since.reaudits.isEmpty)
  }

  @Test func trendCSVRowPerThemeAndYear() {
    let csv = TrendReport.build(audits: Self.audits, actions: []).csv
    #expect(
      csv.split(separator: "\r\n") == [
        "theme_id,theme,year,audits,cases,good,requires_improvement,inadequate",
        "child-in-need,Children on Child in Need plans,2019,1,6,1,4,1",
        "child-in-need,Children on Child in Need plans,2021,1,6,4,2,0",
        "neglect,Neglect,2020,1,3,0,1,2",
      ])
  }

  @Test func annualSectionInTheReportsOwnWords() {
    let annual = AnnualReport.build(
      audits: Self.audits,
      sections: [
        "CFAG-2019-01": [
          "theme:escalation-policy-not-used":
            "Where there is non-engagement the escalation policy should be used."
        ]
      ],
      actions: Self.actions, from: Day(iso: "2019-04-01")!, to: Day(iso: "2020-03-31")!)
    let markdown = MarkdownRenderer.render(annual.document)
    #expect(
      markdown.contains("Between 1 April 2019 and 31 March 2020 the CFAG undertook one multi agency audit."))
    #expect(
      markdown.contains(
        "In this audit 1 of the 6 cases looked at in the themed audit of children on a child in need plan was "
          + "identified as good, 4 as requiring improvement and 1 as inadequate. The following key themes were identified:"
      ))
    #expect(markdown.contains("- Where there is non-engagement the escalation policy should be used."))
    #expect(
      markdown.contains(
        "2 actions were raised from these audits in the MSCP Action and Improvement plan; 0 of them were closed by 31 March 2020."
      ))
  }

  @Test func annualLowercasesNone() {
    let annual = AnnualReport.build(
      audits: Self.audits, sections: [:], actions: [], from: Day(iso: "2020-04-01")!,
      to: Day(iso: "2021-03-31")!)
    let markdown = MarkdownRenderer.render(annual.document)
    #expect(
      markdown.contains(
        "In this audit none of the 3 cases looked at in the themed audit of children living with neglect"))
    #expect(markdown.contains("- Escalation policy not used (1 case)."))
    #expect(markdown.contains("No actions were raised from these audits"))
  }
}

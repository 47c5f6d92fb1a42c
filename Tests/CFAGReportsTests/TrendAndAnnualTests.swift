import CFAGDomain
import Testing

@testable import CFAGReports

/// Trends and the annual section on a fixture of audits over three years.
struct TrendAndAnnualTests {
  /// An audit of child in need, or of neglect when its id ends in N, with these grades and findings.
  static func audit(
    _ id: String, date: String, grades: [Grade?], findings: [[String]] = [], signedOff: Bool = true
  ) -> AuditRecord {
    let neglect = id.hasSuffix("N")
    let theme = Theme(
      id: neglect ? "neglect" : "child-in-need",
      title: neglect ? "Neglect" : "Children on Child in Need plans",
      version: 1, description: "",
      reportSubject: neglect ? "children living with neglect" : "children on a child in need plan",
      criteria: [],
      domains: [], gradeDescriptors: [:])
    let references = grades.indices.map { CaseReference(trusted: "\(id)-C\($0 + 1)") }
    var audit = Audit(id: AuditID(id), title: id, theme: theme, meetingDate: Day(iso: date)!)
    if signedOff { audit.signOff = SignOff(by: "Chair", on: audit.meetingDate) }
    return AuditRecord(
      audit: audit,
      cases: references.enumerated().map { AuditCase(reference: $1, selection: .random(order: $0 + 1)) },
      assessments: references.enumerated().compactMap { index, reference in
        grades[index].map { grade in
          PanelAssessment(
            reference: reference, overall: grade, rationale: "r",
            findings: (index < findings.count ? findings[index] : []).map { FindingTag(trusted: $0) })
        }
      })
  }

  static let today = Day(iso: "2022-01-01")!

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
    let trends = TrendReport.build(audits: Self.audits, actions: Self.actions, today: Self.today)
    #expect(trends.audits == 3)
    #expect(trends.byPeriod.map(\.period.label) == ["2019-20", "2020-21", "2021-22"])
    #expect(
      trends.byPeriod.map(\.distribution) == [
        GradeDistribution(good: 1, requiresImprovement: 4, inadequate: 1, cases: 6),
        GradeDistribution(good: 0, requiresImprovement: 1, inadequate: 2, cases: 3),
        GradeDistribution(good: 4, requiresImprovement: 2, inadequate: 0, cases: 6),
      ])
    #expect(
      trends.byThemeAndPeriod.map { "\($0.themeID!) \($0.period.label) \($0.audits)" } == [
        "child-in-need 2019-20 1", "child-in-need 2021-22 1", "neglect 2020-21 1",
      ])
  }

  @Test func recurringFindingAcrossThreeAuditsOverThreeYears() {
    let trends = TrendReport.build(audits: Self.audits, actions: Self.actions, today: Self.today)
    #expect(trends.recurring.count == 1)
    let finding = trends.recurring[0]
    #expect(finding.tag.value == "escalation-policy-not-used")
    #expect(finding.audits == ["CFAG-2019-01", "CFAG-2020-01N", "CFAG-2021-01"])
    #expect(finding.periods.map(\.label) == ["2019-20", "2020-21", "2021-22"])
    #expect(finding.cases == 4)
  }

  @Test func reauditComparesBeforeAndAfterWithActionsClosedBetween() {
    let trends = TrendReport.build(audits: Self.audits, actions: Self.actions, today: Self.today)
    #expect(trends.reaudits.count == 1)
    let reaudit = trends.reaudits[0]
    #expect(reaudit.before.auditID == "CFAG-2019-01" && reaudit.after.auditID == "CFAG-2021-01")
    #expect(reaudit.actionsClosed.map(\.id) == ["LL-2019-001"])
    #expect(reaudit.actionsOpen == 1)
    #expect(reaudit.after.headline.hasPrefix("4 of the 6 cases"))
  }

  @Test func filtersByThemeAndSince() {
    #expect(
      TrendReport.build(audits: Self.audits, actions: [], today: Self.today, theme: "neglect").audits == 1)
    let since = TrendReport.build(
      audits: Self.audits, actions: [], today: Self.today, since: Day(iso: "2020-01-01")!)
    #expect(since.audits == 2 && since.reaudits.isEmpty)
  }

  @Test func trendCSVRowPerThemeAndYear() {
    let csv = TrendReport.build(audits: Self.audits, actions: [], today: Self.today, period: .calendar).csv
    #expect(
      csv.split(separator: "\r\n") == [
        "\u{FEFF}theme_id,theme,period,period_start,period_end,audits,drafts,cases,graded,good,"
          + "requires_improvement,inadequate",
        "child-in-need,Children on Child in Need plans,2019,2019-01-01,2019-12-31,1,0,6,6,1,4,1",
        "child-in-need,Children on Child in Need plans,2021,2021-01-01,2021-12-31,1,0,6,6,4,2,0",
        "neglect,Neglect,2020,2020-01-01,2020-12-31,1,0,3,3,0,1,2",
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
      actions: Self.actions, from: Day(iso: "2019-04-01")!, to: Day(iso: "2020-03-31")!, today: Self.today)
    let markdown = MarkdownRenderer.render(annual.document)
    #expect(
      markdown.contains("Between 1 April 2019 and 31 March 2020 the CFAG undertook one multi-agency audit."))
    #expect(markdown.contains("## Themed audit: Children on Child in Need plans, November 2019"))
    #expect(
      markdown.contains(
        "In this audit, held in November 2019, 1 of the 6 cases looked at in the themed audit of children on a "
          + "child in need plan was identified as good, 4 as requiring improvement and 1 as inadequate.\n\n"
          + "The following key themes were identified:"))
    #expect(markdown.contains("- Where there is non-engagement the escalation policy should be used."))
    #expect(
      markdown.contains(
        "Two actions were raised from this audit in the MSCP Action and Improvement plan; none were closed by "
          + "31 March 2020."))
    #expect(
      markdown.contains(
        "2 actions were raised from these audits in the MSCP Action and Improvement plan; 0 of them were closed by 31 March 2020."
      ))
  }

  @Test func annualLowercasesNone() {
    let annual = AnnualReport.build(
      audits: Self.audits, sections: [:], actions: [], from: Day(iso: "2020-04-01")!,
      to: Day(iso: "2021-03-31")!, today: Self.today)
    let markdown = MarkdownRenderer.render(annual.document)
    #expect(
      markdown.contains(
        "In this audit, held in June 2020, none of the 3 cases looked at in the themed audit of children living "
          + "with neglect"))
    #expect(
      markdown.contains("The key themes the panel identified were escalation policy not used (one case)."))
    #expect(!markdown.contains("(1 case)."))
    #expect(markdown.contains("No actions were raised from these audits"))
  }

  @Test func twoAuditsOfOneThemeInAYearAreToldApartByDateAndSummedUp() {
    let audits = [
      Self.audits[2],
      Self.audit(
        "CFAG-2021-03", date: "2021-10-07", grades: [.requiresImprovement, .inadequate, .good],
        findings: [["drift"], ["drift", "process-driven"]]),
    ]
    let actions = [
      TrackerAction(
        id: "LL-2021-004", text: "Review every CIN plan open over a year",
        source: .recommendation(
          id: "R-1", auditID: "CFAG-2021-03"), owner: "kent-police", lead: "DI",
        created: Day(iso: "2021-10-10")!,
        due: Day(iso: "2021-12-01")!, status: .closed,
        evidenceOfImpact: "Plans open over a year fell from 40 to 12",
        closure: Closure(by: "Chair", on: Day(iso: "2021-12-10")!)),
      TrackerAction(
        id: "LL-2021-005", text: "Immediate concern about one child",
        source: .escalation(
          auditID: "CFAG-2021-03", reference: CaseReference(trusted: "CFAG-2021-03-C2")),
        owner: "kent-police",
        lead: "DI", created: Day(iso: "2021-10-07")!, due: Day(iso: "2021-10-08")!, status: .closed,
        evidenceOfImpact: "Child seen the same day",
        closure: Closure(by: "Chair", on: Day(iso: "2021-10-08")!),
        urgent: true),
    ]
    let annual = AnnualReport.build(
      audits: audits, sections: [:], actions: actions, from: Day(iso: "2021-04-01")!,
      to: Day(iso: "2022-03-31")!,
      today: Self.today)
    let markdown = MarkdownRenderer.render(annual.document)
    #expect(markdown.contains("## Themed audit: Children on Child in Need plans, May 2021\n"))
    #expect(markdown.contains("## Themed audit: Children on Child in Need plans, October 2021\n"))
    #expect(markdown.contains("In this audit, held in October 2021, 1 of the 3 cases"))
    #expect(
      markdown.contains(
        "The key themes the panel identified were drift (two cases) and process driven (one case)."))
    #expect(
      markdown.contains(
        "What changed as a result:\n\n- Review every CIN plan open over a year. Plans open over a year fell from "
          + "40 to 12."))
    // An escalation is counted but never told in a document for the public.
    #expect(
      markdown.contains(
        "Two actions were raised from this audit in the MSCP Action and Improvement plan; two were closed"))
    #expect(!markdown.contains("Immediate concern") && !markdown.contains("Child seen"))
    #expect(markdown.contains("## Across the year"))
    #expect(
      markdown.contains(
        "Across the two audits the panel looked at 9 cases: 5 were identified as good, 3 as requiring "
          + "improvement and 1 as inadequate."))
    #expect(markdown.contains("The findings raised in more than one audit were drift (two audits)."))
  }

  /// A planned audit (2022-03-10) and a held draft (2021-11-01) beside the three held audits.
  static var withPlannedAndDraft: [AuditRecord] {
    audits + [
      audit("CFAG-2021-02N", date: "2021-11-01", grades: [.good, nil, nil], signedOff: false),
      audit("CFAG-2022-01", date: "2022-03-10", grades: [nil, nil, nil, nil, nil, nil], signedOff: false),
    ]
  }

  @Test func aPlannedAuditIsListedNeverCountedAndADraftIsMarked() {
    let trends = TrendReport.build(audits: Self.withPlannedAndDraft, actions: [], today: Self.today)
    #expect(trends.audits == 4)
    #expect(trends.planned.map(\.auditID) == ["CFAG-2022-01"])
    #expect(trends.drafts == ["CFAG-2021-02N"])
    let latest = trends.byPeriod.last!
    #expect(latest.period.label == "2021-22" && latest.audits == 2 && latest.drafts == 1)
    #expect(latest.distribution.cases == 9 && latest.distribution.graded == 7)
    let markdown = MarkdownRenderer.render(trends.document)
    #expect(markdown.contains("- Children on Child in Need plans, meeting on 10 March 2022"))
    // Shares are of graded cases: 5 good of 7 graded, not of 9 cases.
    #expect(markdown.contains("| 2021-22 | 2 | 1 | 9 | 7 | 5 | 2 | 0 | 71% |"))

    let annual = AnnualReport.build(
      audits: Self.withPlannedAndDraft, sections: [:], actions: [], from: Day(iso: "2021-04-01")!,
      to: Day(iso: "2022-03-31")!, today: Self.today)
    #expect(annual.audits.map(\.auditID) == ["CFAG-2021-01"])
    #expect(annual.draftsLeftOut.map(\.auditID) == ["CFAG-2021-02N"])
    #expect(annual.planned.map(\.auditID) == ["CFAG-2022-01"])
    let section = MarkdownRenderer.render(annual.document)
    #expect(section.contains("the CFAG undertook one multi-agency audit."))
    #expect(section.contains("Planned in the period and not yet held:"))
    let withDrafts = AnnualReport.build(
      audits: Self.withPlannedAndDraft, sections: [:], actions: [], from: Day(iso: "2021-04-01")!,
      to: Day(iso: "2022-03-31")!, today: Self.today, includeDrafts: true)
    #expect(withDrafts.audits.map(\.auditID) == ["CFAG-2021-01", "CFAG-2021-02N"])
    #expect(withDrafts.audits.map(\.isDraft) == [false, true])
  }

  @Test func trendsAndTheAnnualSectionAgreeOnAFinancialYear() {
    let trends = TrendReport.build(audits: Self.withPlannedAndDraft, actions: [], today: Self.today)
    for row in trends.byPeriod {
      let annual = AnnualReport.build(
        audits: Self.withPlannedAndDraft, sections: [:], actions: [], from: row.period.from,
        to: row.period.to,
        today: Self.today, includeDrafts: true)
      #expect(annual.audits.count == row.audits, "\(row.period.label)")
    }
  }

  @Test func aReauditCountsOnlyTheEarlierAuditsActionsWithOtherThemesBetween() {
    let audits = [
      Self.audit("CFAG-2019-01", date: "2019-11-14", grades: [.inadequate, .inadequate]),
      Self.audit("CFAG-2020-01N", date: "2020-06-11", grades: [.good]),
      Self.audit("CFAG-2020-02", date: "2020-12-01", grades: [.requiresImprovement, .inadequate]),
      Self.audit("CFAG-2021-01", date: "2021-05-20", grades: [.good, .requiresImprovement]),
    ]
    func action(_ number: Int, audit: AuditID, closed: String?) -> TrackerAction {
      TrackerAction(
        id: ActionID("LL-2020-00\(number)"), text: "Review CFAG-case \(number)",
        source: .recommendation(id: "R-1", auditID: audit), owner: "kent-police", lead: "DI",
        created: Day(iso: "2020-01-10")!, due: Day(iso: "2021-01-01")!,
        status: closed == nil ? .inProgress : .closed,
        evidenceOfImpact: "e", closure: closed.map { Closure(by: "Chair", on: Day(iso: $0)!) })
    }
    let actions = [
      action(1, audit: "CFAG-2019-01", closed: "2021-01-15"),  // the first audit's: not the later pair's
      action(2, audit: "CFAG-2019-01", closed: nil),
      action(3, audit: "CFAG-2020-02", closed: "2021-02-01"),
      action(4, audit: "CFAG-2020-02", closed: nil),
      action(5, audit: "CFAG-2020-02", closed: "2021-06-01"),  // after the later meeting: still open then
      action(6, audit: "CFAG-2020-01N", closed: "2021-01-01"),  // another theme
    ]
    let trends = TrendReport.build(audits: audits, actions: actions, today: Self.today)
    let pairs = trends.reaudits.map { "\($0.before.auditID)→\($0.after.auditID)" }
    #expect(pairs == ["CFAG-2019-01→CFAG-2020-02", "CFAG-2020-02→CFAG-2021-01"])
    let later = trends.reaudits[1]
    #expect(later.actionsClosed.map(\.id) == ["LL-2020-003"])
    #expect(later.actionsOpen == 2)
    #expect(
      TrendReport.goodShareChange(later)
        == "The good share of graded cases went from 0% to 50% (up 50 points).")
    let first = trends.reaudits[0]
    #expect(first.actionsClosed.isEmpty && first.actionsOpen == 2)
  }
}

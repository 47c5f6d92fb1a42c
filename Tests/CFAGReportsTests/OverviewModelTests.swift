import CFAGDomain
import Testing

@testable import CFAGReports

/// The report model's rules: anonymity, small cells, the internal key, placeholders.
struct OverviewModelTests {
  static func everything(_ input: ReportInput) throws -> [String] {
    let report = OverviewReport.build(input)
    return [
      MarkdownRenderer.render(report.document), HTMLRenderer.render(report.document),
      CSVRenderer.render(report),
    ]
  }

  @Test func caseReferencesNeverAppearWithoutInternal() throws {
    let input = Fixtures.mixed()
    for output in try Self.everything(input) {
      for auditCase in input.record.cases {
        #expect(!output.contains(auditCase.reference.value), "\(auditCase.reference) leaked")
      }
    }
  }

  @Test func internalAddsTheKeyAndMarksEveryPage() throws {
    var input = Fixtures.mixed()
    input.options = ReportOptions(isInternal: true)
    let report = OverviewReport.build(input)
    #expect(report.key.first == CaseNote(label: "Case A", text: "MC-104231"))
    #expect(report.document.marks == [.draft, .internalOnly])
    let html = HTMLRenderer.render(report.document)
    #expect(
      html.contains(
        "@top-center { content: \"DRAFT: not signed off; figures and wording may change · INTERNAL"))
    #expect(CSVRenderer.render(report).hasPrefix("\u{FEFF}audit_id,theme_id,meeting_date,case,reference,"))
  }

  @Test func redactSuppressesSmallCountsEverywhereAndLeavesCaseDetailOut() throws {
    var input = Fixtures.mixed()
    input.options = ReportOptions(redact: true)
    let report = OverviewReport.build(input)
    let markdown = MarkdownRenderer.render(report.document)
    #expect(
      report.headline
        == "Of the 6 cases looked at in the themed audit of children on a child in need plan, 4 were identified "
        + "as requiring improvement; the numbers identified as good and as inadequate are not given: they are "
        + "under 3, or would show a number that is, so could identify a child.")
    #expect(markdown.contains("| Good | \\* | \\* |"))
    #expect(markdown.contains("| Requires improvement | 4 | 67% |"))
    #expect(!report.document.blocks.contains { if case .chart = $0 { return true } else { return false } })
    #expect(markdown.contains(#"| 1 to 4 | \* | \* | \* | \* |"#))
    // Police agreed on 3 of 4: the 1 difference is hidden, and so is the 3 that would reveal it.
    #expect(markdown.contains(#"| Police | 4 | \* | not shown"#))
    #expect(markdown.contains("| Children's Social Care | 5 | 5 of 5 (100%) |"))
    for detail in ["Case A", "Case B", "Health visitor", "Rationale for", "strategy discussion"] {
      #expect(!markdown.contains(detail), "\(detail) is in a redacted report")
    }
    #expect(markdown.contains("An action on an escalated case (its detail is left out of this copy)"))
  }

  @Test func secondarySuppressionLeavesNoHiddenCountToSubtraction() {
    // Rows of good, RI, inadequate and the row's total; columns sum to known totals.
    let hidden = Suppression.hidden([[2, 3, 0, 5], [3, 3, 3, 9]])
    #expect(hidden == [[true, false, true, false], [true, false, true, false]])
    for (row, line) in hidden.enumerated() {
      #expect(line.filter { $0 }.count != 1, "row \(row) gives its one hidden cell away")
    }
    // A headline of 6 cases, 3 good, 2 RI, 1 inadequate: both small ones hidden, nothing more.
    let distribution = GradeDistribution(good: 3, requiresImprovement: 2, inadequate: 1, cases: 6)
    #expect(distribution.hiddenForWideCirculation == [false, true, true, false, false])
    // 4 good, 2 RI, 0 inadequate: the zero is hidden too, or 2 = 6 - 4 - 0.
    let one = GradeDistribution(good: 4, requiresImprovement: 2, inadequate: 0, cases: 6)
    #expect(one.hiddenForWideCirculation == [false, true, true, false, false])
  }

  @Test func aReportWithoutNarrativeTellsTheMethodAndHoldsNoProgramWords() {
    var input = Fixtures.mixed()
    input.sections = [:]
    let markdown = MarkdownRenderer.render(OverviewReport.build(input).document)
    // The theme's description stands as the purpose.
    #expect(markdown.contains("## Purpose and method\n\nChildren on a child in need plan.\n\n"))
    #expect(
      markdown.contains(
        "The audit looked at six cases. Four were selected at random from a list of 41 cases that met the "
          + "criteria of the theme (plan type is child in need; started in the last 12 months), in proportion "
          + "to the age bands on the list. Case F was brought in from the reserve list. A drawn case was "
          + "replaced by a reserve: case closed before the meeting."))
    #expect(
      markdown.contains("Case D was added by the group: known to the panel through a recent escalation."))
    #expect(
      markdown.contains("Audits were returned by Children's Social Care (5 cases) and Police (4 cases)."))
    #expect(markdown.contains("MCH is a panel agency that did not return an audit."))
    #expect(
      markdown.contains("The audit panel met on 12 March 2026, chaired by Head of Safeguarding, and spent"))
    for programWords in [
      "--redact", "--section", "--file", "cfag ", "Placeholder", "Not yet written", "no draw recorded",
      "Pool size", "Seed",
    ] {
      #expect(!markdown.contains(programWords), "\(programWords)")
    }
    #expect(!markdown.contains("## Conclusion"))
  }

  @Test func aSignedOffReportHasNoDraftMark() {
    #expect(OverviewReport.build(Fixtures.noneGood()).document.marks.isEmpty)
  }

  @Test func casesChosenByHandAreToldSo() {
    let markdown = MarkdownRenderer.render(OverviewReport.build(Fixtures.oneCase()).document)
    #expect(
      markdown.contains("The audit looked at one case, chosen by the group rather than drawn at random from"))
  }

  @Test func findingsListTheirCasesWithOneShortQuoteEach() {
    let report = OverviewReport.build(Fixtures.mixed())
    let theme = report.keyThemes.first { $0.tag.value == "process-driven" }
    #expect(theme?.narrative == nil)
    #expect(theme?.sources.map(\.label) == ["Case B", "Case E"])
    let markdown = MarkdownRenderer.render(report.document)
    #expect(markdown.contains("- Case B: \u{201C}Rationale for Case B: drift in the plan.\u{201D}"))
    #expect(!markdown.contains("Sources: the panel's rationales"))
  }

  @Test func aQuoteIsTheSentenceNearestItsFinding() {
    let rationale =
      "The child was safe, but the plan lacked purpose. The father was not engaged although he had contact. "
      + "No chronology was kept."
    #expect(
      Quote.short(rationale, about: "fathers not engaged")
        == "The father was not engaged although he had contact.")
    #expect(Quote.short(rationale, about: "chronology not maintained") == "No chronology was kept.")
    #expect(Quote.short(rationale, about: "drift") == "The child was safe, but the plan lacked purpose.")
    let long = (1...40).map { "word\($0)" }.joined(separator: " ")
    #expect(Quote.short(long, about: "x").hasSuffix("word28 \u{2026}"))
  }

  /// A sentence's score counts the finding's stems it holds, the same whether its stems are
  /// compared as they are cut (ASCII) or gathered into a set.
  @Test(arguments: [
    "Fathers and father figures were not engaged.", "Le père n'était pas engagé, fathers", "",
  ])
  func aSentenceScoresTheStemsItShares(sentence: String) {
    let keys = Quote.stems("fathers not engaged, père")
    #expect(
      Quote.score(sentence, keys: keys, keyBytes: keys.map { Array($0.utf8) })
        == Quote.stems(sentence).intersection(keys).count)
  }

  @Test func actionPlanUsesTheRAGRuleOnToday() {
    let report = OverviewReport.build(Fixtures.mixed())
    #expect(report.actionPlan.map(\.rag) == [.blue, .red])
    #expect(report.escalations.map(\.label) == ["Case D"])
    #expect(report.recommendations.first?.cases == ["Case B", "Case C", "Case D"])
  }

  @Test func csvHasOneRowPerCaseAndDomain() {
    let csv = CSVRenderer.render(OverviewReport.build(Fixtures.mixed()))
    let lines = csv.split(separator: "\r\n")
    #expect(lines.count == 1 + 6 * 3)
    #expect(
      lines[0]
        == "\u{FEFF}audit_id,theme_id,meeting_date,case,age_band,plan_type,overall_grade,domain_id,domain,domain_grade"
    )
    #expect(
      lines[1]
        == "CFAG-2026-01,child-in-need,2026-03-12,Case A,1 to 4,child in need,good,assessment,Assessment,good"
    )
    #expect(
      lines[8]
        == "CFAG-2026-01,child-in-need,2026-03-12,Case C,5 to 9,child in need,requires-improvement,planning,Planning,n/a"
    )
  }

  @Test func agenciesNotInvolvedAndThoseThatNeverReturnedAreNamedApart() {
    var input = Fixtures.mixed()
    input.record.audit.panelAgencies.append("probation")
    input.agencyNames["probation"] = "Probation"
    input.agencyNames["nelft"] = "NELFT"
    for reference in input.record.includedCases.map(\.reference) {
      input.record.returns.append(AgencyReturn(reference: reference, agency: "nelft", involved: false))
    }
    let returns = OverviewReport.build(input).method.returns
    #expect(returns.returned.map(\.agency) == ["Children's Social Care", "Police"])
    #expect(returns.returned.map(\.cases) == [5, 4])
    #expect(returns.notInvolved.map(\.agency) == ["NELFT"])
    #expect(returns.neverReturned == ["MCH", "Probation"])
    let markdown = MarkdownRenderer.render(OverviewReport.build(input).document)
    #expect(markdown.contains("NELFT returned saying it was not involved with any of the children."))
    #expect(markdown.contains("MCH and Probation are panel agencies that did not return an audit."))
    #expect(!markdown.contains("NELFT ("))
  }

  @Test func kappaIsPerAgencyNeverPooled() {
    let report = OverviewReport.build(Fixtures.mixed())
    #expect(report.agreement.pooled.kappa == .pooled)
    #expect(report.agreement.pooled.pairs == 9)
    #expect(report.agreement.agencies.allSatisfy { $0.kappa == .tooFewPairs })
  }
}

import CFAGDomain

extension OverviewReport {
  /// The report laid out in the partnership's order, for every renderer.
  public var document: ReportDocument {
    var marks: [PageMark] = isDraft ? [.draft] : []
    if options.isInternal { marks.append(.internalOnly) }
    let sections: [[Block]] = [
      titleBlocks, methodBlocks, headlineBlocks, gridBlocks, agreementBlocks, themeBlocks, practiceBlocks,
      escalationBlocks, recommendationBlocks, actionPlanBlocks, crossTabBlocks,
      conclusion.map { [.heading(level: 2, text: "Conclusion")] + $0.paragraphs.map(Block.paragraph) } ?? [],
      appendixBlocks, keyBlocks, amendmentBlocks,
    ]
    return ReportDocument(
      title: "\(title.themeTitle): overview report", marks: marks, blocks: sections.flatMap { $0 },
      control: control)
  }

  private var titleBlocks: [Block] {
    var facts = [
      Fact("Audit", title.title), Fact("Theme", title.themeTitle),
      Fact("Meeting date", title.meetingDate.long),
    ]
    if let chair = title.chair { facts.append(Fact("Chair", chair)) }
    facts.append(
      Fact(
        "Panel agencies",
        title.panelAgencies.isEmpty ? "none named" : title.panelAgencies.joined(separator: ", ")))
    facts.append(Fact("Status", title.status))
    if options.isInternal {
      facts.append(Fact("Audit id", title.auditID.rawValue))
      if let head = title.signOffHead { facts.append(Fact("Change log head at sign-off", head)) }
    }
    return [.facts(facts)]
  }

  private var methodBlocks: [Block] {
    var blocks: [Block] = [.heading(level: 2, text: "Purpose and method")]
    blocks += (purpose?.paragraphs ?? []).map(Block.paragraph)
    blocks += methodParagraphs.map(Block.paragraph)
    if options.isInternal, let seed = method.seed {
      blocks.append(.note("The draw can be repeated from its record: seed \(seed)."))
    }
    return blocks
  }

  private var headlineBlocks: [Block] {
    let hidden = options.redact ? distribution.hiddenForWideCirculation : [false, false, false, false, false]
    func line(_ label: TableCell, _ count: Int, _ index: Int) -> [TableCell] {
      hidden[index]
        ? [label, TableCell.count(count, hidden: true), TableCell("*", flag: .suppressed)]
        : [label, "\(count)", TableCell(Self.share(count, of: distribution.cases))]
    }
    let rows: [[TableCell]] = Grade.allCases.enumerated().map { index, grade in
      line(TableCell(grade.label, tone: .grade(grade)), distribution.count(grade), index)
    }
    var footer: [[TableCell]] = [line("Total", distribution.cases, 4)]
    if distribution.ungraded > 0 { footer.insert(line("Not yet graded", distribution.ungraded, 3), at: 0) }
    let anyHidden = hidden.contains(true)
    return [.heading(level: 2, text: "Headline"), .headline(headline)]
      + (summary?.paragraphs ?? []).map(Block.paragraph) + [
        .table(
          ReportTable(
            caption: "The panel's grades", header: ["Grade", "Cases", "Share"], rows: rows + footer,
            footnote: anyHidden
              ? "* Suppressed for wide circulation: fewer than 3 cases, or a count that would reveal one."
              : nil))
      ] + (anyHidden ? [] : [.chart(.grades(distribution))])
  }

  /// What a copy for wide circulation leaves out in place of a case-level section.
  static let leftOut: Block = .note("Left out of this copy for wide circulation: it is case by case.")

  static func share(_ count: Int, of total: Int) -> String {
    total == 0 ? "–" : "\(Int((Double(count) * 100 / Double(total)).rounded()))%"
  }

  private var gridBlocks: [Block] {
    var blocks: [Block] = [.heading(level: 2, text: "Domain grades by case")]
    if options.redact { return blocks + [Self.leftOut] }
    guard !grid.domains.isEmpty, !grid.cases.isEmpty else {
      return blocks + [
        .paragraph(grid.domains.isEmpty ? "The theme has no graded domains." : "There are no cases yet.")
      ]
    }
    guard grid.cells.joined().contains(where: { $0 != nil }) else {
      return blocks + [.paragraph("The panel gave no domain grades.")]
    }
    let rows = grid.domains.indices.map { index -> [TableCell] in
      let totals = grid.totals(domain: index)
      return [TableCell(grid.domains[index])] + grid.cells[index].map(Self.judgementCell)
        + Grade.allCases.map { TableCell("\(totals.count($0))") }
    }
    blocks.append(
      .table(
        ReportTable(
          caption: "The panel's grade for each domain of each case, with the totals per domain",
          header: ["Domain"] + grid.cases + Grade.allCases.map { "Total \($0.short)" }, rows: rows,
          footnote:
            "RI: requires improvement. Inad: inadequate. n/a: not applicable. –: no domain grade given.")))
    return blocks
  }

  static func judgementCell(_ judgement: DomainJudgement?) -> TableCell {
    switch judgement {
    case .graded(let grade): TableCell(grade.short, tone: .grade(grade))
    case .notApplicable: TableCell("n/a")
    case nil: TableCell("–")
    }
  }

  private var agreementBlocks: [Block] {
    var blocks: [Block] = [.heading(level: 2, text: "Agencies' own grades against the panel's")]
    guard agreement.pooled.pairs > 0 else {
      return blocks + [.paragraph("No agency gave its own overall grade for a case the panel has graded.")]
    }
    let rows = (agreement.agencies + [agreement.pooled]).map { row -> [TableCell] in
      // For wide circulation: agreed, differed and the pairs, none under 3 nor derivable from the rest.
      let hidden =
        options.redact
        ? Suppression.hidden([[row.agreed, row.pairs - row.agreed, row.pairs]], columnSumsKnown: false)[0]
        : [false, false, false]
      return [
        TableCell(row.name), hidden[2] ? TableCell("*", flag: .suppressed) : "\(row.pairs)",
        hidden[0] || hidden[1] ? TableCell("*", flag: .suppressed) : TableCell(row.rate),
        TableCell(row.kappaText),
      ]
    }
    blocks.append(
      .table(
        ReportTable(
          caption: "Agreement between each agency's own overall grade and the panel's",
          header: ["Agency", "Cases graded by both", "Agreed", "Cohen's kappa"], rows: rows,
          footnote: "Kappa corrects agreement for chance: 1 is perfect, 0 no better than chance. "
            + "It is worked out for each agency against the panel, and shown only where that agency has at "
            + "least \(CohensKappa.minimumPairs) graded pairs.")))
    if options.redact {
      blocks.append(Self.leftOut)
    } else if agreement.differences.isEmpty {
      blocks.append(.paragraph("Every agency's own grade matched the panel's."))
    } else {
      blocks.append(
        .table(
          ReportTable(
            caption: "Where an agency's own grade differed from the panel's",
            header: ["Case", "Agency", "Agency's grade", "Panel's grade"],
            rows: agreement.differences.map {
              [
                TableCell($0.label), TableCell($0.agency),
                TableCell($0.agencyGrade.label, tone: .grade($0.agencyGrade)),
                TableCell($0.panelGrade.label, tone: .grade($0.panelGrade)),
              ]
            })))
    }
    return blocks
  }

  private var themeBlocks: [Block] {
    var blocks: [Block] = [.heading(level: 2, text: "Key themes")]
    guard !keyThemes.isEmpty else { return blocks + [.paragraph("The panel tagged no findings.")] }
    let count = keyThemes.count
    blocks.append(
      .paragraph(
        "The panel recorded \(NumberWords.word(count)) finding\(count == 1 ? "" : "s") across the "
          + "\(NumberWords.word(distribution.cases)) cases"
          + (count == 1 ? "." : "; they follow, the most frequent first.")))
    for theme in keyThemes {
      let cases =
        options.redact && CrossTab.isSmall(theme.cases.count)
        ? "fewer than 3 cases" : NumberWords.count(theme.cases.count, "case")
      blocks.append(.heading(level: 3, text: "\(theme.tag.words.capitalisedFirst) (\(cases))"))
      blocks += (theme.narrative?.paragraphs ?? []).map(Block.paragraph)
      guard !options.redact, !theme.sources.isEmpty else { continue }
      blocks.append(.paragraph(theme.narrative == nil ? "The cases, in the panel's words:" : "The cases:"))
      blocks.append(
        .bullets(
          theme.sources.map { "\($0.label): \u{201C}\(Quote.short($0.text, about: theme.tag.words))\u{201D}" }
        ))
    }
    return blocks
  }

  private var practiceBlocks: [Block] {
    if options.redact {
      return [
        .heading(level: 2, text: "Good practice"), Self.leftOut,
        .heading(level: 2, text: "Voice of the child"),
        Self.leftOut,
      ]
    }
    return [.heading(level: 2, text: "Good practice")]
      + (goodPractice.isEmpty
        ? [.paragraph("The panel recorded no good practice.")]
        : [.bullets(goodPractice.map { "\($0.label): \($0.text)" })])
      + [.heading(level: 2, text: "Voice of the child")]
      + (voiceOfChild.isEmpty
        ? [.paragraph("The panel recorded nothing on the voice of the child.")]
        : [.bullets(voiceOfChild.map { "\($0.label): \($0.text)" })])
  }

  private var escalationBlocks: [Block] {
    if options.redact { return [.heading(level: 2, text: "Escalations"), Self.leftOut] }
    return [.heading(level: 2, text: "Escalations")]
      + (escalations.isEmpty
        ? [.paragraph("No case was escalated during this audit.")]
        : [
          .bullets(
            escalations.map { escalation in
              let actions = escalation.actions.map {
                "\($0.id) \($0.text) (\($0.owner), due \($0.due.long), \($0.status.label.lowercased()))"
              }
              return "\(escalation.label): "
                + (actions.isEmpty ? "escalated; no action recorded" : actions.joined(separator: "; "))
            })
        ])
  }

  private var recommendationBlocks: [Block] {
    [.heading(level: 2, text: "Recommendations")]
      + (recommendations.isEmpty
        ? [.paragraph("The group has made no recommendations yet.")]
        : [
          .table(
            ReportTable(
              caption: "Recommendations, traced to the findings and cases behind them",
              header: ["Ref", "Recommendation", "Findings"] + (options.redact ? [] : ["Cases"]) + ["Actions"],
              rows: recommendations.map {
                [
                  TableCell($0.id.rawValue), TableCell($0.text),
                  TableCell($0.findings.isEmpty ? "–" : $0.findings.joined(separator: "; ")),
                ]
                  + (options.redact
                    ? [] : [TableCell($0.cases.isEmpty ? "–" : $0.cases.joined(separator: ", "))])
                  + [
                    TableCell(
                      $0.actions.isEmpty ? "none yet" : $0.actions.map(\.rawValue).joined(separator: ", "))
                  ]
              }))
        ])
  }

  private var actionPlanBlocks: [Block] {
    [.heading(level: 2, text: "Action plan")]
      + (actionPlan.isEmpty
        ? [.paragraph("No actions have been raised from this audit in the Action and Improvement plan yet.")]
        : [
          .table(
            ReportTable(
              caption: "Actions raised from this audit, RAG as at \(ragAsAt.long)",
              header: ["Action", "What", "Owner", "Lead", "Due", "Status", "RAG"],
              rows: actionPlan.map {
                [
                  TableCell($0.id.rawValue), TableCell($0.text), TableCell($0.owner), TableCell($0.lead),
                  TableCell($0.due.long),
                  TableCell($0.status.label), TableCell($0.rag.label, tone: .rag($0.rag)),
                ]
              }))
        ])
  }

  private var crossTabBlocks: [Block] {
    guard !crossTabs.isEmpty else { return [] }
    let redacted = options.redact
    return [.heading(level: 2, text: "Grades by age band, plan type and agency")]
      + crossTabs.map { tab in
        .table(
          ReportTable(
            caption: tab.title, header: [tab.dimension] + Grade.allCases.map(\.label) + ["Total"],
            rows: tab.rows.indices.map { index in [TableCell(tab.rows[index].label)] + tab.cells(index) },
            footnote: tab.hasSmallCells
              ? (redacted
                ? "* Suppressed for wide circulation: fewer than 3 cases, or a count that would reveal one."
                : "† Fewer than 3 cases, which could identify a child: this copy is not for wide circulation.")
              : nil))
      }
  }

  private var appendixBlocks: [Block] {
    let heading = Block.heading(level: 2, text: "Appendix: anonymised case outlines")
    if options.redact { return [heading, Self.leftOut] }
    return [
      heading,
      .table(
        ReportTable(
          caption: "The cases audited",
          header: ["Case", "Age band", "Plan type", "Agencies involved", "Overall grade"],
          rows: outlines.map { outline in
            [
              TableCell(outline.label), TableCell(outline.ageBand), TableCell(outline.planType),
              TableCell(
                outline.agencies.isEmpty ? "no agency returns" : outline.agencies.joined(separator: ", ")),
              outline.grade.map { TableCell($0.label, tone: .grade($0)) } ?? "not yet graded",
            ]
          })),
    ]
  }

  private var keyBlocks: [Block] {
    guard options.isInternal else { return [] }
    return [
      .heading(level: 2, text: "Key to case labels (internal: panel only)"),
      .table(
        ReportTable(
          caption: "Case labels and case system references", header: ["Case", "Reference"],
          rows: key.map { [TableCell($0.label), TableCell($0.text)] })),
    ]
  }

  private var amendmentBlocks: [Block] {
    guard !amendments.isEmpty else { return [] }
    return [
      .heading(level: 2, text: "Amendments after sign-off"),
      .table(
        ReportTable(
          caption: "Amendments opened after the audit was signed off", header: ["When", "Who", "Why"],
          rows: amendments.map {
            [
              TableCell(Day(iso: String($0.at.prefix(10)))?.long ?? String($0.at.prefix(10))),
              TableCell($0.by), TableCell($0.reason),
            ]
          }, rowHeaders: false)),
    ]
  }
}

extension String {
  /// The text split at blank lines, each paragraph's lines joined.
  var paragraphs: [String] {
    split(separator: "\n\n", omittingEmptySubsequences: true).map {
      $0.split(separator: "\n").map { String($0).trimmingWhitespace }.joined(separator: " ")
    }.filter { !$0.isEmpty }
  }

  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}

import CFAGDomain

extension AnnualReport {
  /// The section in the annual report's own shape and voice (004 §5.18–5.20): one dated part per
  /// audit, then a summary across the period.
  public var document: ReportDocument {
    let count = audits.count
    var blocks: [Block] = [
      .paragraph(
        "Between \(from.long) and \(to.long) the CFAG undertook \(NumberWords.word(count)) multi-agency "
          + "audit\(count == 1 ? "" : "s").")
    ]
    if !draftsLeftOut.isEmpty {
      blocks.append(
        .note(
          "Held but not yet signed off, so not included: "
            + draftsLeftOut.map { "\($0.themeTitle) (\($0.meetingDate.monthYear))" }.joinedAsList + "."))
    }
    if !planned.isEmpty {
      blocks.append(.paragraph("Planned in the period and not yet held:"))
      blocks.append(.bullets(planned.map(\.line)))
    }
    for audit in audits { blocks += Self.blocks(audit, closedBy: closedBy) }
    blocks.append(.heading(level: 2, text: "Across the year"))
    blocks += yearBlocks
    return ReportDocument(title: "Multi-agency case file audits, \(from.long) to \(to.long)", blocks: blocks)
  }

  /// One audit: dated heading, headline and summary, key themes as sentences, what was done and
  /// what changed, and the conclusion.
  static func blocks(_ audit: AuditParagraph, closedBy: Day) -> [Block] {
    var blocks: [Block] = [
      .heading(
        level: 2,
        text: "Themed audit: \(audit.themeTitle), \(audit.meetingDate.monthYear)"
          + (audit.isDraft ? " (draft, not signed off)" : ""))
    ]
    let headline = audit.headline.first?.isNumber == true ? audit.headline : audit.headline.lowercasedFirst
    blocks.append(.paragraph("In this audit, held in \(audit.meetingDate.monthYear), \(headline)"))
    blocks += audit.summary.map(Block.paragraph)
    let written = audit.findings.compactMap(\.written)
    let others = findingsSentence(audit.findings.filter { $0.written == nil }, noun: "case")
    if !written.isEmpty {
      blocks.append(.paragraph("The following key themes were identified:"))
      blocks.append(.bullets(written + (others.map { ["The panel also found \($0)"] } ?? [])))
    } else if let others {
      blocks.append(.paragraph("The key themes the panel identified were \(others)"))
    } else {
      blocks.append(.paragraph("The panel recorded no key themes."))
    }
    blocks += audit.conclusion.map(Block.paragraph)
    blocks.append(.paragraph(actionsParagraph(audit, closedBy: closedBy)))
    let impacts = audit.closed.filter { $0.impact.nonEmpty != nil && $0.text.nonEmpty != nil }
    if !impacts.isEmpty {
      blocks.append(.paragraph("What changed as a result:"))
      blocks.append(.bullets(impacts.map { "\($0.text.sentence) \($0.impact.sentence)" }))
    }
    return blocks
  }

  /// "risk not reassessed (three cases), agencies not invited and process driven (two cases each)
  /// and drift and delay (one case)."; nil when there are none.
  static func findingsSentence(_ findings: [FindingTotal], noun: String) -> String? {
    guard !findings.isEmpty else { return nil }
    let counts = findings.map(\.cases).uniquedInOrder
    let groups = counts.map { count in
      let words = findings.filter { $0.cases == count }.map(\.words)
      let each = words.count > 1 ? " each" : ""
      return "\(words.joinedAsList) (\(NumberWords.inWords(count, noun))\(each))"
    }
    return groups.joinedAsList + "."
  }

  static func actionsParagraph(_ audit: AuditParagraph, closedBy: Day) -> String {
    guard audit.actionsRaised > 0 else {
      return "No actions have been raised from this audit in the MSCP Action and Improvement plan."
    }
    let raised = audit.actionsRaised
    let closed = audit.closed.count
    return "\(NumberWords.word(raised).capitalisedFirst) \(raised == 1 ? "action was" : "actions were") "
      + "raised from this audit in the MSCP Action and Improvement plan; "
      + "\(closed == 0 ? "none" : NumberWords.word(closed)) \(closed == 1 ? "was" : "were") closed by "
      + "\(closedBy.long)."
  }

  /// The summary across the period: the grades of every case looked at, the findings raised in
  /// more than one audit, and the actions.
  var yearBlocks: [Block] {
    guard !audits.isEmpty else { return [.paragraph(actionsSentence)] }
    let total = audits.reduce(GradeDistribution(good: 0, requiresImprovement: 0, inadequate: 0, cases: 0)) {
      GradeDistribution(
        good: $0.good + $1.distribution.good,
        requiresImprovement: $0.requiresImprovement + $1.distribution.requiresImprovement,
        inadequate: $0.inadequate + $1.distribution.inadequate, cases: $0.cases + $1.distribution.cases)
    }
    let grades =
      ["as good"]
      + [Grade.requiresImprovement, .inadequate].map {
        "\(total.count($0)) as \(GradeDistribution.phrase($0))"
      }
    var sentences = [
      "Across the \(NumberWords.word(audits.count)) audit\(audits.count == 1 ? "" : "s") the panel looked at "
        + "\(total.cases) cases: \(total.count(.good)) \(total.count(.good) == 1 ? "was" : "were") identified "
        + grades.joinedAsList
        + (total.ungraded > 0
          ? "; \(total.ungraded) \(total.ungraded == 1 ? "is" : "are") not yet graded." : ".")
    ]
    let allFindings = audits.flatMap { $0.findings.map(\.words) }
    let recurring = allFindings.uniquedInOrder.map { words in
      FindingTotal(words: words, cases: allFindings.filter { $0 == words }.count, written: nil)
    }.filter { $0.cases > 1 }.sorted { $0.cases > $1.cases }
    if let sentence = Self.findingsSentence(recurring, noun: "audit") {
      sentences.append("The findings raised in more than one audit were \(sentence)")
    }
    return [.paragraph(sentences.joined(separator: " ")), .paragraph(actionsSentence)]
  }

  /// "3 actions were raised from these audits ...; 1 of them was closed by ...".
  var actionsSentence: String {
    if audits.isEmpty { return "No audits were held, so no actions were raised from them." }
    if actionsRaised == 0 {
      return "No actions were raised from these audits in the MSCP Action and Improvement plan."
    }
    return "\(NumberWords.count(actionsRaised, "action")) \(actionsRaised == 1 ? "was" : "were") raised from "
      + "these audits in the MSCP Action and Improvement plan; \(actionsClosed) of them "
      + "\(actionsClosed == 1 ? "was" : "were") closed by \(closedBy.long)."
  }
}

extension String {
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

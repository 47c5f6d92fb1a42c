import CFAGDomain

extension TrendReport {
  /// The trends laid out for the Markdown and HTML renderers.
  public var document: ReportDocument {
    var facts = [
      Fact("Audits held", "\(audits) (meetings on or before \(today.long))"),
      Fact("Counted by", period.words),
    ]
    if !drafts.isEmpty {
      facts.append(
        Fact("Not yet signed off", drafts.map(\.rawValue).joined(separator: ", ") + ": figures may change"))
    }
    if let themeFilter { facts.append(Fact("Theme", themeFilter)) }
    if let since { facts.append(Fact("Meetings since", since.long)) }
    var blocks: [Block] = [.facts(facts)]
    blocks += plannedBlocks
    guard audits > 0 else {
      return ReportDocument(title: "Trends across audits", blocks: blocks + [.paragraph("No audits match.")])
    }
    let unit = period == .financial ? "financial year" : "year"
    blocks += [
      .heading(level: 2, text: "Grades by \(unit)"),
      .table(
        Self.gradeTable(
          "The panel's grades of the audits held, by \(unit) of meeting", rows: byPeriod, withTheme: false)),
      .chart(
        .stacked(
          title: "the panel's grades by \(unit) of meeting",
          rows: byPeriod.map { LabelledDistribution(label: $0.period.label, distribution: $0.distribution) })),
      .heading(level: 2, text: "Grades by theme and \(unit)"),
      .table(
        Self.gradeTable(
          "The panel's grades by theme and \(unit) of meeting", rows: byThemeAndPeriod, withTheme: true)),
      .heading(level: 2, text: "Findings that recur across audits"),
    ]
    blocks.append(
      recurring.isEmpty
        ? .paragraph("No finding was raised in more than one audit.")
        : .table(
          ReportTable(
            caption: "Finding tags raised in more than one audit",
            header: [
              "Finding", "Audits", period == .financial ? "Financial years" : "Years", "Cases",
              "Which audits",
            ],
            rows: recurring.map { finding in
              [
                TableCell(finding.tag.words.capitalisedFirst), "\(finding.audits.count)",
                TableCell(finding.periods.map(\.label).joined(separator: ", ")), "\(finding.cases)",
                TableCell(finding.audits.map(\.rawValue).joined(separator: ", ")),
              ]
            })))
    blocks.append(.heading(level: 2, text: "Re-audits: did the learning change practice?"))
    if reaudits.isEmpty {
      blocks.append(.paragraph("No theme has been audited more than once in this period."))
    }
    for reaudit in reaudits { blocks += Self.reauditBlocks(reaudit) }
    return ReportDocument(title: "Trends across audits", blocks: blocks)
  }

  private var plannedBlocks: [Block] {
    guard !planned.isEmpty else { return [] }
    return [
      .paragraph("Planned, not yet held, and not counted in any figure below:"),
      .bullets(planned.map(\.line)),
    ]
  }

  static func reauditBlocks(_ reaudit: Reaudit) -> [Block] {
    let figures = [reaudit.before, reaudit.after]
    var blocks: [Block] = [
      .heading(
        level: 3,
        text: "\(reaudit.theme): \(reaudit.before.meetingDate.long) and \(reaudit.after.meetingDate.long)"),
      .table(
        ReportTable(
          caption: "Grades before and after",
          header: ["Audit", "Meeting", "Cases", "Graded", "Good", "RI", "Inad", "Good share of graded"],
          rows: figures.map { figures in
            let distribution = figures.distribution
            return [
              TableCell(figures.auditID.rawValue + (figures.isDraft ? " (draft)" : "")),
              TableCell(figures.meetingDate.long), "\(distribution.cases)", "\(distribution.graded)",
              "\(distribution.good)", "\(distribution.requiresImprovement)", "\(distribution.inadequate)",
              TableCell(OverviewReport.share(distribution.good, of: distribution.graded)),
            ]
          })),
      .paragraph("Before: \(reaudit.before.headline) After: \(reaudit.after.headline)"),
    ]
    if let change = goodShareChange(reaudit) { blocks.append(.paragraph(change)) }
    blocks.append(
      .paragraph(
        "Actions raised by the earlier audit (\(reaudit.before.auditID)) closed in between: "
          + "\(reaudit.actionsClosed.count); still open at the later meeting: \(reaudit.actionsOpen)."))
    if !reaudit.actionsClosed.isEmpty {
      blocks.append(
        .bullets(
          reaudit.actionsClosed.map {
            "\($0.id) \($0.text) (closed \($0.closedOn.long))"
              + ($0.evidence.isEmpty ? "" : ": \($0.evidence)")
          }))
    }
    return blocks
  }

  /// "The good share of graded cases went from 17% to 67% (up 50 points)."
  static func goodShareChange(_ reaudit: Reaudit) -> String? {
    let before = reaudit.before.distribution
    let after = reaudit.after.distribution
    guard before.graded > 0, after.graded > 0 else { return nil }
    let from = percent(before.good, of: before.graded)
    let to = percent(after.good, of: after.graded)
    let change = to == from ? "no change" : "\(to > from ? "up" : "down") \(abs(to - from)) points"
    return "The good share of graded cases went from \(from)% to \(to)% (\(change))."
  }

  static func percent(_ count: Int, of total: Int) -> Int {
    Int((Double(count) * 100 / Double(total)).rounded())
  }

  static func gradeTable(_ caption: String, rows: [PeriodRow], withTheme: Bool) -> ReportTable {
    ReportTable(
      caption: caption,
      header: (withTheme ? ["Theme"] : [])
        + ["Period", "Audits", "Drafts", "Cases", "Graded", "Good", "RI", "Inad", "Good share of graded"],
      rows: rows.map { row in
        let distribution = row.distribution
        return (withTheme ? [TableCell(row.theme ?? "")] : [])
          + [
            TableCell(row.period.label), "\(row.audits)", "\(row.drafts)", "\(distribution.cases)",
            "\(distribution.graded)", "\(distribution.good)", "\(distribution.requiresImprovement)",
            "\(distribution.inadequate)",
            TableCell(OverviewReport.share(distribution.good, of: distribution.graded)),
          ]
      },
      footnote: rows.contains { $0.drafts > 0 }
        ? "Drafts: audits held but not yet signed off; their figures may change." : nil)
  }

  /// One row per theme and period, for the partnership's dataset.
  public var csv: String {
    CSVRenderer.table(
      [
        [
          "theme_id", "theme", "period", "period_start", "period_end", "audits", "drafts", "cases", "graded",
          "good", "requires_improvement", "inadequate",
        ]
      ]
        + byThemeAndPeriod.map { row in
          let distribution = row.distribution
          return [
            row.themeID ?? "", row.theme ?? "", row.period.label, row.period.from.iso, row.period.to.iso,
            "\(row.audits)", "\(row.drafts)", "\(distribution.cases)", "\(distribution.graded)",
            "\(distribution.good)", "\(distribution.requiresImprovement)", "\(distribution.inadequate)",
          ]
        })
  }
}

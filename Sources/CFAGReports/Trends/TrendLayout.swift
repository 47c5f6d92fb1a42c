import CFAGDomain

extension TrendReport {
  /// The trends laid out for the Markdown and HTML renderers.
  public var document: ReportDocument {
    var facts = [Fact("Audits", "\(audits)")]
    if let themeFilter { facts.append(Fact("Theme", themeFilter)) }
    if let since { facts.append(Fact("Meetings since", since.long)) }
    var blocks: [Block] = [.facts(facts)]
    guard audits > 0 else {
      return ReportDocument(title: "Trends across audits", blocks: blocks + [.paragraph("No audits match.")])
    }
    blocks += [
      .heading(level: 2, text: "Grades by year"),
      .table(
        Self.gradeTable(
          "The panel's grades of all audits, by year of meeting", rows: byYear, withTheme: false)),
      .chart(
        .stacked(byYear.map { LabelledDistribution(label: "\($0.year)", distribution: $0.distribution) })),
      .heading(level: 2, text: "Grades by theme and year"),
      .table(
        Self.gradeTable(
          "The panel's grades by theme and year of meeting", rows: byThemeAndYear, withTheme: true)),
      .heading(level: 2, text: "Findings that recur across audits"),
    ]
    blocks.append(
      recurring.isEmpty
        ? .paragraph("No finding was raised in more than one audit.")
        : .table(
          ReportTable(
            caption: "Finding tags raised in more than one audit",
            header: ["Finding", "Audits", "Years", "Cases", "Which audits"],
            rows: recurring.map { finding in
              [
                TableCell(finding.tag.words.capitalisedFirst), "\(finding.audits.count)",
                TableCell(finding.years.map(String.init).joined(separator: ", ")), "\(finding.cases)",
                TableCell(finding.audits.map(\.rawValue).joined(separator: ", ")),
              ]
            })))
    blocks.append(.heading(level: 2, text: "Re-audits: did the learning change practice?"))
    if reaudits.isEmpty {
      blocks.append(.paragraph("No theme has been audited more than once in this period."))
    }
    for reaudit in reaudits {
      blocks.append(
        .heading(
          level: 3,
          text: "\(reaudit.theme): \(reaudit.before.meetingDate.long) and \(reaudit.after.meetingDate.long)"))
      blocks.append(
        .table(
          ReportTable(
            caption: "Grades before and after",
            header: ["Audit", "Meeting", "Cases", "Good", "RI", "Inad", "Good share"],
            rows: [reaudit.before, reaudit.after].map { figures in
              [
                TableCell(figures.auditID.rawValue), TableCell(figures.meetingDate.iso),
                "\(figures.distribution.cases)",
                "\(figures.distribution.good)", "\(figures.distribution.requiresImprovement)",
                "\(figures.distribution.inadequate)",
                TableCell(OverviewReport.share(figures.distribution.good, of: figures.distribution.cases)),
              ]
            })))
      blocks.append(.paragraph("Before: \(reaudit.before.headline) After: \(reaudit.after.headline)"))
      blocks.append(
        .paragraph(
          "Actions from the earlier audit closed in between: \(reaudit.actionsClosed.count); "
            + "still open at the second meeting: \(reaudit.actionsOpen)."))
      if !reaudit.actionsClosed.isEmpty {
        blocks.append(
          .bullets(
            reaudit.actionsClosed.map {
              "\($0.id) \($0.text) (closed \($0.closedOn.long))"
                + ($0.evidence.isEmpty ? "" : ": \($0.evidence)")
            }))
      }
    }
    return ReportDocument(title: "Trends across audits", blocks: blocks)
  }

  static func gradeTable(_ caption: String, rows: [YearRow], withTheme: Bool) -> ReportTable {
    ReportTable(
      caption: caption,
      header: (withTheme ? ["Theme"] : []) + ["Year", "Audits", "Cases", "Good", "RI", "Inad", "Good share"],
      rows: rows.map { row in
        (withTheme ? [TableCell(row.theme ?? "")] : [])
          + [
            "\(row.year)", "\(row.audits)", "\(row.distribution.cases)", "\(row.distribution.good)",
            "\(row.distribution.requiresImprovement)", "\(row.distribution.inadequate)",
            TableCell(OverviewReport.share(row.distribution.good, of: row.distribution.cases)),
          ]
      })
  }

  /// One row per theme and year, for the partnership's dataset.
  public var csv: String {
    CSVRenderer.table(
      [["theme_id", "theme", "year", "audits", "cases", "good", "requires_improvement", "inadequate"]]
        + byThemeAndYear.map { row in
          [
            row.themeID ?? "", row.theme ?? "", "\(row.year)", "\(row.audits)", "\(row.distribution.cases)",
            "\(row.distribution.good)", "\(row.distribution.requiresImprovement)",
            "\(row.distribution.inadequate)",
          ]
        })
  }
}

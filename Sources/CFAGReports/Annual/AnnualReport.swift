import CFAGDomain

/// The multi-agency audit section of the partnership's annual report for a period: how many
/// audits were held, each one's headline and key themes, and the actions raised and closed. Only
/// audits held on or before today are counted, and only signed-off ones unless drafts are asked
/// for; audits still to come are listed as planned.
public struct AnnualReport: Hashable, Sendable {
  public var from: Day
  public var to: Day
  public var audits: [AuditParagraph]
  /// Held in the period but not signed off, and left out (drafts were not asked for).
  public var draftsLeftOut: [AuditID]
  /// Meetings in the period still to come.
  public var planned: [PlannedAudit]
  public var actionsRaised: Int
  public var actionsClosed: Int
  /// The day closures are counted to: the period's end, or today while the period runs.
  public var closedBy: Day

  public struct AuditParagraph: Hashable, Sendable {
    public var auditID: AuditID
    public var themeTitle: String
    public var meetingDate: Day
    public var headline: String
    /// The business manager's key theme paragraphs where written, else the finding tags in words.
    public var keyThemes: [String]
    /// Not signed off (included because drafts were asked for).
    public var isDraft: Bool
  }

  /// Builds the section from the audits (with their narrative sections, by audit id) and every
  /// action, as on `today`.
  public static func build(
    audits all: [AuditRecord], sections: [AuditID: [String: String]], actions: [TrackerAction], from: Day,
    to: Day, today: Day, includeDrafts: Bool = false
  ) -> AnnualReport {
    let inPeriod = all.filter { $0.audit.meetingDate >= from && $0.audit.meetingDate <= to }
    let held = HeldAudits.held(inPeriod, today: today)
    let audits = includeDrafts ? held : held.filter(HeldAudits.isFinal)
    let ids = Set(audits.map(\.audit.id))
    let raised = actions.filter { $0.source.auditID.map(ids.contains) ?? false }
    let closedBy = min(to, today)
    return AnnualReport(
      from: from, to: to,
      audits: audits.map { record in
        let written = sections[record.audit.id] ?? [:]
        let anonymiser = Anonymiser(record)
        return AuditParagraph(
          auditID: record.audit.id, themeTitle: record.audit.theme.title,
          meetingDate: record.audit.meetingDate,
          headline: record.distribution.headline(subject: record.audit.theme.reportSubject),
          keyThemes: record.findingCounts.map { count in
            let text = written[ReportSection.theme(count.tag).key]?.trimmingWhitespace ?? ""
            return text.isEmpty
              ? "\(count.tag.words.capitalisedFirst) (\(NumberWords.count(count.cases.count, "case")))."
              : anonymiser.scrub(text.paragraphs.joined(separator: " "))
          }, isDraft: !HeldAudits.isFinal(record))
      },
      draftsLeftOut: held.filter { !ids.contains($0.audit.id) }.map(\.audit.id),
      planned: HeldAudits.planned(inPeriod, today: today),
      actionsRaised: raised.count,
      actionsClosed: raised.filter { $0.closure.map { $0.on <= closedBy } ?? false }.count, closedBy: closedBy
    )
  }

  /// The section laid out in the annual report's own shape (004 §5.18–5.20).
  public var document: ReportDocument {
    let count = audits.count
    var blocks: [Block] = [
      .paragraph(
        "Between \(from.long) and \(to.long) the CFAG undertook \(NumberWords.word(count)) multi agency "
          + "audit\(count == 1 ? "" : "s").")
    ]
    if !draftsLeftOut.isEmpty {
      blocks.append(
        .note(
          "Held but not yet signed off, so not included: "
            + draftsLeftOut.map(\.rawValue).joined(separator: ", ") + "."))
    }
    if !planned.isEmpty {
      blocks.append(.paragraph("Planned in the period and not yet held:"))
      blocks.append(.bullets(planned.map(\.line)))
    }
    for audit in audits {
      blocks.append(
        .heading(
          level: 2,
          text: "Themed audit: \(audit.themeTitle)" + (audit.isDraft ? " (draft, not signed off)" : "")))
      let sentence = audit.headline.prefix(1).lowercased() + audit.headline.dropFirst()
      let lead = audit.headline.first?.isNumber == true ? audit.headline : sentence
      if audit.keyThemes.isEmpty {
        blocks.append(.paragraph("In this audit \(lead) No key themes were recorded."))
      } else {
        blocks.append(.paragraph("In this audit \(lead) The following key themes were identified:"))
        blocks.append(.bullets(audit.keyThemes))
      }
    }
    blocks.append(.heading(level: 2, text: "Actions"))
    blocks.append(.paragraph(actionsSentence))
    return ReportDocument(title: "Multi-agency case file audits, \(from.long) to \(to.long)", blocks: blocks)
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

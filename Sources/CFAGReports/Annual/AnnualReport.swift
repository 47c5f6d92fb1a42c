import CFAGDomain

/// The multi-agency audit section of the partnership's annual report for a period: how many
/// audits were held, one dated paragraph for each (headline, summary, key themes, what was done
/// and what changed), and a summary across the period. Only audits held on or before today are
/// counted, and only signed-off ones unless drafts are asked for; audits still to come are listed
/// as planned.
public struct AnnualReport: Hashable, Sendable {
  public var from: Day
  public var to: Day
  public var audits: [AuditParagraph]
  /// Held in the period but not signed off, and left out (drafts were not asked for).
  public var draftsLeftOut: [PlannedAudit]
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
    public var distribution: GradeDistribution
    /// The business manager's summary and conclusion, anonymised; empty where unwritten.
    public var summary: [String]
    public var conclusion: [String]
    /// Each finding, with the business manager's key theme paragraph where written.
    public var findings: [FindingTotal]
    /// Actions raised from the audit, and those closed by `closedBy`.
    public var actionsRaised: Int
    public var closed: [ClosedAction]
    /// Not signed off (included because drafts were asked for).
    public var isDraft: Bool
  }

  /// A finding tag in words, on how many cases it was raised, and the key theme paragraph written
  /// on it (anonymised), if any.
  public struct FindingTotal: Hashable, Sendable {
    public var words: String
    public var cases: Int
    public var written: String?
  }

  /// An action closed, with the evidence of impact recorded when it was closed (both empty for an
  /// escalation about one child).
  public struct ClosedAction: Hashable, Sendable {
    public var text: String
    public var closedOn: Day
    public var impact: String
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
    let isClosed = { (action: TrackerAction) in action.closure.map { $0.on <= closedBy } ?? false }
    return AnnualReport(
      from: from, to: to,
      audits: audits.map { record in
        paragraph(record, written: sections[record.audit.id] ?? [:], actions: raised, closedBy: closedBy)
      },
      draftsLeftOut: held.filter { !ids.contains($0.audit.id) }.map(PlannedAudit.init),
      planned: HeldAudits.planned(inPeriod, today: today),
      actionsRaised: raised.count, actionsClosed: raised.filter(isClosed).count, closedBy: closedBy)
  }

  private static func paragraph(
    _ record: AuditRecord, written: [String: String], actions: [TrackerAction], closedBy: Day
  ) -> AuditParagraph {
    let anonymiser = Anonymiser(record)
    let text = { (key: String) in (written[key]?.nonEmpty).map { anonymiser.scrub($0).paragraphs } ?? [] }
    let findings = record.findingCounts
    let own = actions.filter { $0.source.auditID == record.audit.id }.map(anonymiser.scrubbed)
    return AuditParagraph(
      auditID: record.audit.id, themeTitle: record.audit.theme.title, meetingDate: record.audit.meetingDate,
      headline: record.distribution.headline(subject: record.audit.theme.reportSubject),
      distribution: record.distribution, summary: text(ReportSection.summary.key),
      conclusion: text(ReportSection.conclusion.key),
      findings: findings.map {
        FindingTotal(
          words: $0.tag.words, cases: $0.cases.count,
          written: text(ReportSection.theme($0.tag).key).nonEmptyJoined)
      },
      actionsRaised: own.count,
      closed: own.compactMap { action in
        guard let closure = action.closure, closure.on <= closedBy else { return nil }
        // An escalation is about one child: counted, never told.
        guard !action.urgent else { return ClosedAction(text: "", closedOn: closure.on, impact: "") }
        return ClosedAction(text: action.text, closedOn: closure.on, impact: action.evidenceOfImpact)
      }, isDraft: !HeldAudits.isFinal(record))
  }
}

extension [String] {
  /// The paragraphs joined with a space, or nil when there are none.
  fileprivate var nonEmptyJoined: String? { isEmpty ? nil : joined(separator: " ") }
}

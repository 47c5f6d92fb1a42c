import CFAGDomain

/// Figures across audits: grades by theme and year, findings that recur, and each re-audit of a
/// theme beside the actions closed between the two meetings.
public struct TrendReport: Hashable, Sendable {
  public var themeFilter: String?
  public var since: Day?
  public var audits: Int
  public var byYear: [YearRow]
  public var byThemeAndYear: [YearRow]
  public var recurring: [RecurringFinding]
  public var reaudits: [Reaudit]

  /// Grades of one year, for one theme or all.
  public struct YearRow: Hashable, Sendable {
    public var themeID: String?
    public var theme: String?
    public var year: Int
    public var audits: Int
    public var distribution: GradeDistribution
  }

  /// A finding tag raised in more than one audit.
  public struct RecurringFinding: Hashable, Sendable {
    public var tag: FindingTag
    public var audits: [AuditID]
    public var years: [Int]
    public var cases: Int
  }

  /// The same theme audited again, with what was done in between.
  public struct Reaudit: Hashable, Sendable {
    public var theme: String
    public var before: AuditFigures
    public var after: AuditFigures
    /// Actions from earlier audits of the theme closed after the first meeting and by the second.
    public var actionsClosed: [ClosedAction]
    /// Actions from earlier audits of the theme still open at the second meeting.
    public var actionsOpen: Int
  }

  public struct AuditFigures: Hashable, Sendable {
    public var auditID: AuditID
    public var meetingDate: Day
    public var distribution: GradeDistribution
    public var headline: String
  }

  public struct ClosedAction: Hashable, Sendable {
    public var id: ActionID
    public var text: String
    public var closedOn: Day
    public var evidence: String
  }

  /// Builds the trends from every audit and action; `theme` and `since` narrow the audits.
  public static func build(
    audits all: [AuditRecord], actions: [TrackerAction], theme: String? = nil, since: Day? = nil
  ) -> TrendReport {
    let audits = all.filter { record in
      (theme == nil || record.audit.theme.id == theme)
        && (since.map { record.audit.meetingDate >= $0 } ?? true)
    }.sorted { ($0.audit.meetingDate, $0.audit.id) < ($1.audit.meetingDate, $1.audit.id) }
    return TrendReport(
      themeFilter: theme, since: since, audits: audits.count,
      byYear: yearRows(audits, theme: nil),
      byThemeAndYear: audits.map(\.audit.theme.id).uniquedInOrder.sorted().flatMap { id in
        yearRows(audits.filter { $0.audit.theme.id == id }, theme: id)
      },
      recurring: recurring(audits), reaudits: reaudits(audits, actions: actions))
  }

  static func yearRows(_ audits: [AuditRecord], theme: String?) -> [YearRow] {
    let years = audits.map(\.audit.meetingDate.year).uniquedInOrder.sorted()
    return years.map { year in
      let inYear = audits.filter { $0.audit.meetingDate.year == year }
      return YearRow(
        themeID: theme, theme: theme == nil ? nil : inYear.first?.audit.theme.title, year: year,
        audits: inYear.count, distribution: inYear.map(\.distribution).sum)
    }
  }

  static func recurring(_ audits: [AuditRecord]) -> [RecurringFinding] {
    var byTag: [FindingTag: [(AuditRecord, Int)]] = [:]
    for record in audits {
      for count in record.findingCounts { byTag[count.tag, default: []].append((record, count.cases.count)) }
    }
    return byTag.filter { $0.value.count > 1 }.map { tag, uses in
      RecurringFinding(
        tag: tag, audits: uses.map(\.0.audit.id), years: uses.map(\.0.audit.meetingDate.year).uniquedInOrder,
        cases: uses.map(\.1).reduce(0, +))
    }.sorted { ($0.audits.count, $1.tag) > ($1.audits.count, $0.tag) }
  }

  static func reaudits(_ audits: [AuditRecord], actions: [TrackerAction]) -> [Reaudit] {
    let themes = audits.map(\.audit.theme.id).uniquedInOrder.sorted()
    let actionsByAudit = Dictionary(grouping: actions.filter { $0.source.auditID != nil }) {
      $0.source.auditID!
    }
    return themes.flatMap { theme -> [Reaudit] in
      let ofTheme = audits.filter { $0.audit.theme.id == theme }
      return zip(ofTheme, ofTheme.dropFirst()).map { before, after in
        let fromEarlier = ofTheme.filter { $0.audit.meetingDate <= before.audit.meetingDate }
          .flatMap { actionsByAudit[$0.audit.id] ?? [] }
        let start = before.audit.meetingDate
        let end = after.audit.meetingDate
        let closed = fromEarlier.compactMap { action -> ClosedAction? in
          guard let closure = action.closure, closure.on > start, closure.on <= end else { return nil }
          return ClosedAction(
            id: action.id, text: action.text, closedOn: closure.on, evidence: action.evidenceOfImpact)
        }.sorted { ($0.closedOn, $0.id) < ($1.closedOn, $1.id) }
        return Reaudit(
          theme: after.audit.theme.title, before: figures(before), after: figures(after),
          actionsClosed: closed,
          actionsOpen: fromEarlier.filter { $0.created <= end && ($0.closure.map { $0.on > end } ?? true) }
            .count)
      }
    }
  }

  static func figures(_ record: AuditRecord) -> AuditFigures {
    AuditFigures(
      auditID: record.audit.id, meetingDate: record.audit.meetingDate, distribution: record.distribution,
      headline: record.distribution.headline(subject: record.audit.theme.reportSubject))
  }
}

extension Array where Element == GradeDistribution {
  /// The distributions added together.
  var sum: GradeDistribution {
    GradeDistribution(
      good: map(\.good).reduce(0, +), requiresImprovement: map(\.requiresImprovement).reduce(0, +),
      inadequate: map(\.inadequate).reduce(0, +), cases: map(\.cases).reduce(0, +))
  }
}

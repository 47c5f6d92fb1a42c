import CFAGDomain

/// Figures across audits: grades by theme and period, findings that recur, and each re-audit of a
/// theme beside what was done about the earlier audit's actions. Only audits held on or before
/// today count; later ones are listed as planned.
public struct TrendReport: Hashable, Sendable {
  public var themeFilter: String?
  public var since: Day?
  public var today: Day
  public var period: ReportPeriod.Kind
  /// The audits held (meeting on or before today) that the figures count.
  public var audits: Int
  /// Held audits not yet signed off (or with an amendment open): counted, marked as drafts.
  public var drafts: [AuditID]
  public var planned: [PlannedAudit]
  public var byPeriod: [PeriodRow]
  public var byThemeAndPeriod: [PeriodRow]
  public var recurring: [RecurringFinding]
  public var reaudits: [Reaudit]

  /// Grades of one period, for one theme or all.
  public struct PeriodRow: Hashable, Sendable {
    public var themeID: String?
    public var theme: String?
    public var period: ReportPeriod
    public var audits: Int
    /// How many of `audits` are drafts.
    public var drafts: Int
    public var distribution: GradeDistribution
  }

  /// A finding tag raised in more than one audit.
  public struct RecurringFinding: Hashable, Sendable {
    public var tag: FindingTag
    public var audits: [AuditID]
    public var periods: [ReportPeriod]
    public var cases: Int
  }

  /// The same theme audited again, with what became of the earlier audit's actions.
  public struct Reaudit: Hashable, Sendable {
    public var theme: String
    public var before: AuditFigures
    public var after: AuditFigures
    /// Actions raised by the earlier audit closed after its meeting and by the later one.
    public var actionsClosed: [ClosedAction]
    /// Actions raised by the earlier audit still open at the later meeting.
    public var actionsOpen: Int
  }

  public struct AuditFigures: Hashable, Sendable {
    public var auditID: AuditID
    public var meetingDate: Day
    public var distribution: GradeDistribution
    public var headline: String
    public var isDraft: Bool
  }

  public struct ClosedAction: Hashable, Sendable {
    public var id: ActionID
    public var text: String
    public var closedOn: Day
    public var evidence: String
  }

  /// Builds the trends from every audit and action as on `today`; `theme` and `since` narrow the
  /// audits.
  public static func build(
    audits all: [AuditRecord], actions: [TrackerAction], today: Day, period: ReportPeriod.Kind = .financial,
    theme: String? = nil, since: Day? = nil
  ) -> TrendReport {
    let chosen = all.filter { record in
      (theme == nil || record.audit.theme.id == theme)
        && (since.map { record.audit.meetingDate >= $0 } ?? true)
    }
    let audits = HeldAudits.held(chosen, today: today)
    // Each audit's grades are counted once, for every table that shows them.
    let distributions = Dictionary(uniqueKeysWithValues: audits.map { ($0.audit.id, $0.distribution) })
    let byTheme = Dictionary(grouping: audits) { $0.audit.theme.id }
    let themes = byTheme.keys.sorted()
    return TrendReport(
      themeFilter: theme, since: since, today: today, period: period, audits: audits.count,
      drafts: audits.filter { !HeldAudits.isFinal($0) }.map(\.audit.id),
      planned: HeldAudits.planned(chosen, today: today),
      byPeriod: periodRows(audits, theme: nil, kind: period, distributions: distributions),
      byThemeAndPeriod: themes.flatMap { id in
        periodRows(byTheme[id] ?? [], theme: id, kind: period, distributions: distributions)
      },
      recurring: recurring(audits, kind: period),
      reaudits: reaudits(themes.map { byTheme[$0] ?? [] }, actions: actions, distributions: distributions))
  }

  /// One row per period of meeting, the audits of each in the order given.
  static func periodRows(
    _ audits: [AuditRecord], theme: String?, kind: ReportPeriod.Kind,
    distributions: [AuditID: GradeDistribution]
  ) -> [PeriodRow] {
    let byPeriod = Dictionary(grouping: audits) { ReportPeriod(containing: $0.audit.meetingDate, kind: kind) }
    return byPeriod.keys.sorted().map { period in
      let inPeriod = byPeriod[period] ?? []
      return PeriodRow(
        themeID: theme, theme: theme == nil ? nil : inPeriod.first?.audit.theme.title, period: period,
        audits: inPeriod.count, drafts: inPeriod.filter { !HeldAudits.isFinal($0) }.count,
        distribution: inPeriod.compactMap { distributions[$0.audit.id] }.sum)
    }
  }

  static func recurring(_ audits: [AuditRecord], kind: ReportPeriod.Kind) -> [RecurringFinding] {
    // Each use holds what the row shows, not a copy of the whole record.
    var byTag: [FindingTag: [(audit: AuditID, period: ReportPeriod, cases: Int)]] = [:]
    for record in audits {
      let period = ReportPeriod(containing: record.audit.meetingDate, kind: kind)
      for count in record.findingCounts {
        byTag[count.tag, default: []].append((record.audit.id, period, count.cases.count))
      }
    }
    return byTag.filter { $0.value.count > 1 }.map { tag, uses in
      RecurringFinding(
        tag: tag, audits: uses.map(\.audit), periods: uses.map(\.period).uniquedInOrder,
        cases: uses.map(\.cases).reduce(0, +))
    }.sorted { ($0.audits.count, $1.tag) > ($1.audits.count, $0.tag) }
  }

  /// Each pair of consecutive held audits of a theme (`byTheme`: each theme's audits in order),
  /// with the actions of the earlier one only.
  static func reaudits(
    _ byTheme: [[AuditRecord]], actions: [TrackerAction], distributions: [AuditID: GradeDistribution]
  ) -> [Reaudit] {
    let byAudit = Dictionary(grouping: actions) { $0.source.auditID }
    return byTheme.flatMap { ofTheme in
      // Each audit's figures (its headline among them) once, though most are in two pairs.
      let figures = ofTheme.map { Self.figures($0, distributions) }
      return ofTheme.indices.dropFirst().map { index in
        let (before, after) = (ofTheme[index - 1], ofTheme[index])
        let fromEarlier = byAudit[before.audit.id] ?? []
        let start = before.audit.meetingDate
        let end = after.audit.meetingDate
        let closedBetween = fromEarlier.compactMap { action -> (TrackerAction, Day)? in
          guard let closure = action.closure, closure.on > start, closure.on <= end else { return nil }
          return (action, closure.on)
        }
        var closed: [ClosedAction] = []
        if !closedBetween.isEmpty {
          // Made only for an audit with actions to quote: its matcher is most of a re-audit's cost.
          let anonymiser = Anonymiser(before)
          closed = closedBetween.map { action, closedOn in
            ClosedAction(
              id: action.id, text: anonymiser.scrub(action.text), closedOn: closedOn,
              evidence: anonymiser.scrub(action.evidenceOfImpact))
          }.sorted { ($0.closedOn, $0.id) < ($1.closedOn, $1.id) }
        }
        return Reaudit(
          theme: after.audit.theme.title, before: figures[index - 1], after: figures[index],
          actionsClosed: closed,
          actionsOpen: fromEarlier.filter { $0.created <= end && ($0.closure.map { $0.on > end } ?? true) }
            .count)
      }
    }
  }

  static func figures(_ record: AuditRecord, _ distributions: [AuditID: GradeDistribution]) -> AuditFigures {
    let distribution = distributions[record.audit.id] ?? record.distribution
    return AuditFigures(
      auditID: record.audit.id, meetingDate: record.audit.meetingDate, distribution: distribution,
      headline: distribution.headline(subject: record.audit.theme.reportSubject),
      isDraft: !HeldAudits.isFinal(record))
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

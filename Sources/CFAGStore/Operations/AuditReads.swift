import CFAGDomain

/// What the home screen shows, read in one snapshot (`Workbench.homeReading`).
public struct HomeReading: Sendable {
  /// The change log's head, read first: the rest shows at least everything up to it.
  public var head: LogSequence
  public var summaries: [AuditSummary]
  public var standings: [ActionStanding]
  public var directory: AgencyDirectory
}

/// What `Workbench.assessmentChange` reads.
public struct AssessmentChange: Sendable {
  /// The change log's head, in the same snapshot as the rest.
  public let head: LogSequence
  public let assessments: [PanelAssessment]
  /// The audit's line of the audit list; nil when the audit is gone.
  public let summary: AuditSummary?
  public let standings: [ActionStanding]
}

/// One line of the audit list: enough for the home screen without loading every record.
public struct AuditSummary: Hashable, Sendable {
  public var id: AuditID
  public var title: String
  public var themeID: String
  public var themeTitle: String
  public var meetingDate: Day
  public var stage: Stage
  public var distribution: GradeDistribution
}

extension Workbench {
  /// Every audit, newest meeting first; with `id`, only that audit's line (none if it is gone).
  /// Everything it reads is in the indexes of `v4-home-indexes`, `v5-start-indexes` and
  /// `v6-signed-off-grades` (no stored theme, case or assessment text), but for whether an audit
  /// not signed off has returns.
  /// The stage needs only whether there are cases and returns, and only for an audit not signed
  /// off, so those are not counted, and not asked of the others.
  public func auditSummaries(id: AuditID? = nil) throws -> [AuditSummary] {
    try store.readOne { db in try db.fetch(Self.summariesQuery(db.dialect, id: id)) }
  }

  /// What the home screen shows, read in one snapshot (on PostgreSQL its four queries, `BEGIN` and
  /// `COMMIT` in one round trip, or read ahead by `Store(path:homeOn:)`): the change log's head,
  /// every audit's line, the open actions' standing on the session's today and the agencies.
  public func homeReading() throws -> HomeReading {
    let queries = Self.homeQueries(store.dialect, today: session.today)
    let (head, summaries, standings, directory) = try store.readTogether(
      queries.0, queries.1, queries.2, queries.3)
    return HomeReading(head: head, summaries: summaries, standings: standings, directory: directory)
  }

  /// The home screen's queries: the change log's head, every audit's line, the open actions'
  /// standing on `today`, the agencies.
  static func homeQueries(_ dialect: SQLDialect, today: Day) -> (
    StoreQuery<LogSequence>, StoreQuery<[AuditSummary]>, StoreQuery<[ActionStanding]>,
    StoreQuery<AgencyDirectory>
  ) {
    (
      Store.headQuery, summariesQuery(dialect, id: nil), openStandingsQuery(today: today),
      AgencyOperations.directoryQuery
    )
  }

  /// Their statements, as `Store(path:homeOn:)` reads them ahead.
  static func homeStatements(_ dialect: SQLDialect, today: Day) -> [SQLStatement] {
    let (head, summaries, standings, directory) = homeQueries(dialect, today: today)
    return [head.statement, summaries.statement, standings.statement, directory.statement]
  }

  static func summariesQuery(_ dialect: SQLDialect, id: AuditID?) -> StoreQuery<[AuditSummary]> {
    let arguments: SQLArguments = id.map { [$0] } ?? []
    return StoreQuery(Self.summariesSQL(dialect, oneAudit: id != nil), arguments) { rows in
      try rows.map(summary).sorted(by: listsBefore)
    }
  }

  /// The audit list's order, newest meeting first, then the later id (compared byte by byte, as
  /// the databases compare it). Sorted here, not by PostgreSQL: a new session planned and ran
  /// that sort in a fifth of a millisecond more than the list takes to sort here, at every start.
  /// SQLite is still asked for the order (`summariesSQL`), which has it read the list from the
  /// covering index `audit_home` rather than from the audits and their themes.
  static func listsBefore(_ first: AuditSummary, _ second: AuditSummary) -> Bool {
    if first.meetingDate != second.meetingDate { return first.meetingDate > second.meetingDate }
    return second.id.rawValue.utf8.lexicographicallyPrecedes(first.id.rawValue.utf8)
  }

  private static func summary(_ row: SQLRow) throws -> AuditSummary {
    // The included cases' grades, each as its initial, in one text counted here: one pass
    // over the assessments rather than one per grade, and no text to split.
    let initials = (row["grade_initials"] as String?)?.utf8.compactMap(Grade.init(initial:))
    let distribution = GradeDistribution(grades: initials ?? [], cases: row["cases"])
    let stage = StageFacts(
      signedOff: row["signed_off_by"] as String? != nil, hasCases: row["has_cases"] ?? false,
      included: distribution.cases, graded: distribution.graded, hasReturns: row["has_returns"] ?? false,
      sampled: row["sampled"]
    ).stage
    return AuditSummary(
      id: row["id"], title: row["title"], themeID: row["theme_id"], themeTitle: row["theme_title"] ?? "",
      meetingDate: try RowReader(row, table: AuditTable.self).day(AuditTable.meetingDate), stage: stage,
      distribution: distribution)
  }

  /// The audit list's query, of every audit or (`oneAudit`) of the one its argument names. Its
  /// case figures are those kept on the audit (`AuditTable.derivedColumns`); only whether an open
  /// audit has returns is looked up, in the returns' index by audit, since on PostgreSQL an agency
  /// login sees its own returns alone. The list is put in order by `listsBefore`.
  static func summariesSQL(_ dialect: SQLDialect, oneAudit: Bool) -> String {
    // Asked of SQLite for the covering index it has it read; PostgreSQL's rows come in any order.
    let which =
      oneAudit ? " WHERE a.id = ?" : dialect == .sqlite ? " ORDER BY a.meeting_date DESC, a.id DESC" : ""
    return """
      SELECT a.id, a.title, a.theme_id, \(dialect.themeTitle("a")) AS theme_title,
        a.meeting_date, a.signed_off_by, a.sample_json IS NOT NULL AS sampled,
        CASE WHEN a.signed_off_by IS NULL THEN a.\(AuditTable.caseCount) > 0 END AS has_cases,
        a.\(AuditTable.includedCount) AS cases,
        CASE WHEN a.signed_off_by IS NULL THEN
          EXISTS (SELECT 1 FROM agency_return r WHERE r.audit_id = a.id) END AS has_returns,
        a.\(AuditTable.includedGrades) AS grade_initials
      FROM audit a\(which)
      """
  }

  /// Brings the audit list's figures of the audit the one argument names up to date with its
  /// cases and grades: the included cases' grades, each as its initial, run together (the join
  /// names the cases first, so that both sides are searched in their covering indexes).
  static func caseFiguresUpdate(_ dialect: SQLDialect) -> String {
    """
    UPDATE audit SET
      \(AuditTable.caseCount) = (SELECT COUNT(*) FROM audit_case c WHERE c.audit_id = audit.id),
      \(AuditTable.includedCount) = (
        SELECT COUNT(*) FROM audit_case c WHERE c.audit_id = audit.id AND c.status = 'included'),
      \(AuditTable.includedGrades) = COALESCE((
        SELECT \(dialect.runTogether("substr(s.overall_grade, 1, 1)"))
        FROM audit_case c CROSS JOIN assessment s
        WHERE c.audit_id = audit.id AND c.status = 'included'
          AND s.audit_id = c.audit_id AND s.reference = c.reference), '')
    WHERE id = ?
    """
  }

  /// Everything recorded for one audit.
  public func record(_ auditID: AuditID) throws -> AuditRecord {
    try store.read { db in try AuditReads.record(db, auditID, themes: store.themes) }
  }

  /// The panel's assessments of one audit's cases, by reference: what a grade changes, read
  /// without the rest of the record.
  static func assessmentsQuery(_ auditID: AuditID) -> StoreQuery<[PanelAssessment]> {
    StoreQuery("SELECT * FROM assessment WHERE audit_id = ? ORDER BY reference", [auditID]) { rows in
      try rows.map(AuditRows.assessment)
    }
  }

  /// What a change to one audit's assessments (a grade, a case's findings) changes on the
  /// screens, read in one snapshot (one round trip on PostgreSQL, not four): the change log's
  /// head, the audit's assessments, its line of the audit list and the open actions' standing.
  public func assessmentChange(_ auditID: AuditID) throws -> AssessmentChange {
    let (head, assessments, summaries, standings) = try store.readTogether(
      Store.headQuery, Self.assessmentsQuery(auditID), Self.summariesQuery(store.dialect, id: auditID),
      Self.openStandingsQuery(today: session.today))
    return AssessmentChange(
      head: head, assessments: assessments, summary: summaries.first, standings: standings)
  }

  /// What `allRecords` reads of every audit besides the audit itself and its cases.
  public enum RecordReading: Sendable {
    /// The assessments in full and the recommendations; no agency returns (the search index, the
    /// packs' anonymiser).
    case withoutReturns
    /// Only what the trend and annual reports count: each assessment's overall grade, findings and
    /// escalation, its texts empty and its domain grades left out; no recommendations or returns.
    case figures
    /// What `/` searches: the assessments as `.figures` reads them, and the recommendations.
    case searchable
  }

  /// Every audit's record, newest meeting first, read in one pass of at most four queries; no
  /// agency returns, and with `.figures` or `.searchable` only what those need.
  public func allRecords(_ reading: RecordReading) throws -> [AuditRecord] {
    try store.read { db in
      var records: [AuditID: AuditRecord] = [:]
      var order: [AuditID] = []
      for row in try db.rows("SELECT * FROM audit ORDER BY meeting_date DESC, id DESC") {
        let audit = try AuditRows.audit(row, themes: store.themes)
        records[audit.id] = AuditRecord(audit: audit)
        order.append(audit.id)
      }
      for row in try db.rows("SELECT * FROM audit_case ORDER BY audit_id, position") {
        records[try AuditRows.auditID(row, AuditCaseTable.self)]?.cases.append(try AuditRows.auditCase(row))
      }
      let figuresOnly = reading != .withoutReturns
      let columns = figuresOnly ? AuditRows.assessmentFigureColumns.joined(separator: ", ") : "*"
      for row in try db.rows("SELECT \(columns) FROM assessment ORDER BY audit_id, reference") {
        records[try AuditRows.auditID(row, AssessmentTable.self)]?.assessments.append(
          try AuditRows.assessment(row, figuresOnly: figuresOnly))
      }
      if reading != .figures {
        for row in try db.rows("SELECT * FROM recommendation ORDER BY audit_id, position") {
          records[try AuditRows.auditID(row, RecommendationTable.self)]?.recommendations.append(
            try AuditRows.recommendation(row))
        }
      }
      return order.compactMap { records[$0] }
    }
  }

  /// Finding tags with counts and the cases they came from.
  public func findings(_ auditID: AuditID) throws -> [FindingCount] {
    try record(auditID).findingCounts
  }

  /// Every finding tag used so far in any audit, for pickers.
  public func knownFindingTags() throws -> [FindingTag] {
    try store.read { db in
      // Each distinct list decoded once: most cases share a few lists of tags.
      let lists = try db.values(String.self, "SELECT DISTINCT findings_json FROM assessment")
      let tags = try lists.flatMap { try JSONColumn.decodeArray(FindingTag.self, $0) }
      return Array(Set(tags)).sorted()
    }
  }
}

extension Grade {
  /// The grade whose stored name starts with `initial`: "g", "r" or "i" (the three differ, a test
  /// checks), as the audit list's query gives each case's grade.
  init?(initial: UInt8) {
    switch initial {
    case UInt8(ascii: "g"): self = .good
    case UInt8(ascii: "r"): self = .requiresImprovement
    case UInt8(ascii: "i"): self = .inadequate
    default: return nil
    }
  }
}

enum AuditReads {
  static func audit(_ db: any StoreConnection, _ id: AuditID, themes: JSONColumnCache<Theme>) throws -> Audit
  {
    guard
      let row = try db.row("SELECT * FROM audit WHERE id = ?", [id])
    else {
      throw DomainError.notFound(kind: "audit", id: id.rawValue)
    }
    return try AuditRows.audit(row, themes: themes)
  }

  /// The audit's id as stored, for reads that only need to know the audit is there: its theme's
  /// copy is not decoded.
  static func storedID(_ db: any StoreConnection, _ id: AuditID) throws -> AuditID {
    guard let stored = try db.value(AuditID.self, "SELECT id FROM audit WHERE id = ?", [id])
    else {
      throw DomainError.notFound(kind: "audit", id: id.rawValue)
    }
    return stored
  }

  static func record(_ db: any StoreConnection, _ id: AuditID, themes: JSONColumnCache<Theme>) throws
    -> AuditRecord
  {
    let audit = try audit(db, id, themes: themes)
    return AuditRecord(
      audit: audit,
      cases: try db.rows(
        "SELECT * FROM audit_case WHERE audit_id = ? ORDER BY position", [id]
      )
      .map(AuditRows.auditCase),
      returns: try db.rows(
        "SELECT * FROM agency_return WHERE audit_id = ? ORDER BY reference, agency_id", [id]
      ).map(AuditRows.agencyReturn),
      assessments: try db.rows(
        "SELECT * FROM assessment WHERE audit_id = ? ORDER BY reference", [id]
      ).map(AuditRows.assessment),
      recommendations: try db.rows(
        "SELECT * FROM recommendation WHERE audit_id = ? ORDER BY position", [id]
      ).map(AuditRows.recommendation))
  }

  /// The audit, refusing if it is locked by sign-off.
  static func editableAudit(_ db: any StoreConnection, _ id: AuditID, themes: JSONColumnCache<Theme>) throws
    -> Audit
  {
    let audit = try audit(db, id, themes: themes)
    try audit.requireEditable()
    return audit
  }

  static func auditCase(_ db: any StoreConnection, _ auditID: AuditID, _ reference: CaseReference) throws
    -> AuditCase
  {
    guard
      let row = try db.row(
        "SELECT * FROM audit_case WHERE audit_id = ? AND reference = ?", [auditID, reference.value])
    else { throw DomainError.notFound(kind: "case in audit \(auditID)", id: reference.value) }
    return try AuditRows.auditCase(row)
  }

  static func caseID(_ auditID: AuditID, _ reference: CaseReference) -> String {
    "\(auditID)/\(reference.value)"
  }
}

extension Workbench {
  /// What `/` searches: every audit with its cases, findings and recommendations, and every
  /// tracker action.
  public func searchIndex() throws -> SearchIndex {
    SearchIndex(
      records: try allRecords(.searchable),
      actions: try store.read { try ActionOperations.all($0, withNotes: false) })
  }
}

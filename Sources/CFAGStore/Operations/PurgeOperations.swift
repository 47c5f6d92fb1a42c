import CFAGDomain
import Foundation

/// What a retention purge removed (or, on a dry run, would remove).
public struct PurgeReport: Hashable, Sendable {
  /// One audit's purge.
  public struct AuditPurge: Hashable, Sendable {
    public var auditID: AuditID
    public var meetingDate: Day
    /// Fields whose text was replaced by the placeholder, by table.
    public var fields: [String: Int]
    public var total: Int { fields.values.reduce(0, +) }
  }

  public var before: Day
  public var dryRun: Bool
  /// The text now stored in place of each purged field.
  public var placeholder: String
  /// Audits with detail to purge, oldest meeting first.
  public var audits: [AuditPurge]
  /// Whether the write-ahead log was emptied after the purge, so no copy of the purged text is left
  /// in the `-wal` file (false while another program keeps the database open).
  public var walCleared = true
  public var total: Int { audits.map(\.total).reduce(0, +) }
}

/// The retention rule: which case-level detail a purge removes. Grades, domain grades, finding tags,
/// answer choices, escalations, recommendations and actions stay, so every figure stays the same; the
/// concern an escalation raised is removed from its action's text, and the reasons logged for the
/// audit's changes from the change log.
enum PurgePolicy {
  /// One table's detail to purge; columns not in the schema are skipped.
  struct Rule {
    var table: any StoredTable.Type
    /// Free-text columns replaced by the placeholder.
    var texts: [String] = []
    /// Coarse case attributes shown in outlines, cleared.
    var outlines: [String] = []
    /// JSON answer columns whose evidence notes are replaced (the yes / partly / no choices stay).
    var answers: [String] = []
    /// Which rows, if not all of the audit's (SQL on the table as `t`).
    var condition: String? = nil
  }

  /// In table name order.
  static let rules = [
    // Only an escalation's action holds a case's concern ("Immediate concern: ...").
    Rule(table: ActionTable.self, texts: [ActionTable.text], condition: "t.source_kind = 'escalation'"),
    Rule(
      table: AgencyReturnTable.self,
      texts: [
        AgencyReturnTable.knownBecause, AgencyReturnTable.workDone, AgencyReturnTable.strengths,
        AgencyReturnTable.gaps, AgencyReturnTable.voice,
      ],
      answers: [AgencyReturnTable.answersJSON]),
    Rule(
      table: AssessmentTable.self,
      texts: [AssessmentTable.rationale, AssessmentTable.goodPractice, AssessmentTable.voice]),
    Rule(
      table: AuditCaseTable.self,
      texts: ["outline", "summary", "notes", AuditCaseTable.selectionReason, AuditCaseTable.statusReason],
      outlines: [AuditCaseTable.ageBand, "gender", "team"]),
  ]

  static func placeholder(_ day: Day) -> String { "[purged \(day.iso)]" }
  /// How every purge's change records give their reason.
  static let reasonPrefix = "retention: "

  /// Whether a purge may remove the logged texts of `column` of `table`; grades, structure and
  /// everything else never.
  static func isPurgeable(table: String, column: String) -> Bool {
    rules.contains { $0.table.tableName == table && ($0.texts + $0.outlines + $0.answers).contains(column) }
  }
  static func isPurged(_ text: String) -> Bool { text.hasPrefix("[purged ") }
}

/// One field to purge and the value it gets.
private struct PurgeChange {
  var table: any StoredTable.Type
  var id: String
  var auditID: AuditID
  var column: String
  var value: SQLValue
}

extension Workbench {
  /// Removes case-level detail (returns' text, rationales, case outlines) from audits whose meeting was
  /// before `before`, keeping their figures, and drops that text from the change log too. Logged as
  /// one action. With `dryRun`, only reports what it would do.
  public func purge(before: Day, dryRun: Bool) throws -> PurgeReport {
    guard before <= session.today else {
      throw DomainError.invalid(
        field: "before", value: before.iso,
        reason: "is after today (\(session.today.iso)); a purge only removes the past")
    }
    let placeholder = PurgePolicy.placeholder(session.today)
    if dryRun {
      return try store.read { db in
        try Self.purgeReport(db, before: before, dryRun: true, placeholder: placeholder)
      }
    }
    // Another connection holding an old snapshot would keep the purged text in the -wal file.
    guard try store.checkpoint() else {
      throw DomainError.refused(
        "another program has the database open (the workbench screens, or a backup running): close it and "
          + "run the purge again, so no copy of the purged text is left in \(store.path)-wal")
    }
    var report = try perform { tx in
      // Freed space is overwritten with zeros, so the old text does not linger in the file.
      if tx.db.dialect == .sqlite { try tx.db.execute("PRAGMA secure_delete = ON") }
      defer { if tx.db.dialect == .sqlite { _ = try? tx.db.execute("PRAGMA secure_delete = OFF") } }
      let report = try Self.purgeReport(tx.db, before: before, dryRun: false, placeholder: placeholder)
      let reason =
        PurgePolicy.reasonPrefix + "case-level detail of audits with a meeting before \(before.iso) purged"
      for change in try Self.purgeChanges(tx.db, before: before, placeholder: placeholder) {
        try tx.update(
          change.table, id: change.id, auditID: change.auditID, [(change.column, change.value)],
          reason: reason)
        try tx.dropLoggedText(
          entity: change.table.tableName, id: change.id, field: change.column,
          keeping: ChangeChain.text(change.value) ?? "")
      }
      for audit in report.audits {
        try tx.dropLoggedReasons(
          auditID: audit.auditID.rawValue, keeping: [PurgePolicy.reasonPrefix, SignOffHead.reasonPrefix])
      }
      return report
    }
    report.walCleared = try store.checkpoint()
    return report
  }

  private static func purgeReport(_ db: any StoreConnection, before: Day, dryRun: Bool, placeholder: String)
    throws
    -> PurgeReport
  {
    let changes = try purgeChanges(db, before: before, placeholder: placeholder)
    let dates = Dictionary(
      uniqueKeysWithValues: try db.rows(
        "SELECT id, meeting_date FROM audit WHERE meeting_date < ?", [before.iso]
      ).map { ($0["id"] as AuditID, Day(iso: $0["meeting_date"]) ?? before) })
    let audits = Dictionary(grouping: changes, by: \.auditID).map { auditID, changes in
      PurgeReport.AuditPurge(
        auditID: auditID, meetingDate: dates[auditID] ?? before,
        fields: Dictionary(grouping: changes, by: { $0.table.tableName }).mapValues(\.count))
    }.sorted { ($0.meetingDate, $0.auditID) < ($1.meetingDate, $1.auditID) }
    return PurgeReport(before: before, dryRun: dryRun, placeholder: placeholder, audits: audits)
  }

  /// Every field holding detail still to purge in audits met before `before`.
  private static func purgeChanges(_ db: any StoreConnection, before: Day, placeholder: String) throws
    -> [PurgeChange]
  {
    var changes: [PurgeChange] = []
    for rule in PurgePolicy.rules {
      let table = rule.table.tableName
      let present = Set(try db.columnNames(of: table))
      let texts = rule.texts.filter(present.contains)
      let outlines = rule.outlines.filter(present.contains)
      let answers = rule.answers.filter(present.contains)
      let columns = texts + outlines + answers
      guard !columns.isEmpty else { continue }
      let rows = try db.rows(
        """
        SELECT t.id, t.audit_id, \(columns.map { "t.\($0)" }.joined(separator: ", ")) FROM \(table) t
        JOIN audit a ON a.id = t.audit_id WHERE a.meeting_date < ?
        \(rule.condition.map { "AND " + $0 } ?? "") ORDER BY t.id
        """, [before.iso])
      for row in rows {
        func change(_ column: String, _ value: SQLValue) {
          changes.append(
            PurgeChange(
              table: rule.table, id: row["id"], auditID: row["audit_id"], column: column, value: value))
        }
        for column in texts {
          if let text = row[column] as String?, !text.isEmpty, !PurgePolicy.isPurged(text) {
            change(column, placeholder.sqlValue)
          }
        }
        for column in outlines where !(row[column] as SQLValue).isNull {
          change(column, .null)
        }
        for column in answers {
          guard let answers = try JSONColumn.decode([String: Answer].self, row[column]) else { continue }
          let purged = answers.mapValues { answer in
            answer.text.isEmpty || PurgePolicy.isPurged(answer.text)
              ? answer : Answer(choice: answer.choice, text: placeholder)
          }
          if purged != answers { change(column, JSONColumn.encode(purged)) }
        }
      }
    }
    return changes
  }
}

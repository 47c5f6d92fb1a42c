import CFAGDomain

/// Whose history to read from the change log.
public enum HistoryScope: Hashable, Sendable {
  /// Everything.
  case all
  /// Every change recorded against an audit: its cases, returns, grades, recommendations, actions.
  case audit(AuditID)
  /// A tracker action and its progress notes.
  case action(ActionID)
  /// One case of an audit: its place in the sample, its returns and its grade.
  case auditCase(audit: AuditID, reference: String)
  /// The candidate list: its imports and clearings.
  case candidateList
  /// The panel's assessment of one case.
  case assessment(audit: AuditID, reference: CaseReference)
  /// One agency's return for one case.
  case agencyReturn(audit: AuditID, reference: CaseReference, agency: String)
  /// One recommendation.
  case recommendation(RecommendationID)
  /// One narrative section of an audit's report.
  case reportSection(audit: AuditID, section: ReportSection)

  /// The table and row id the scope names, when it is one row.
  var row: (table: String, id: String)? {
    switch self {
    case .assessment(let audit, let reference): (AssessmentTable.tableName, "\(audit)/\(reference.value)")
    case .agencyReturn(let audit, let reference, let agency):
      (AgencyReturnTable.tableName, "\(audit)/\(reference.value)/\(agency)")
    case .recommendation(let id): (RecommendationTable.tableName, id.rawValue)
    case .reportSection(let audit, let section): (ReportSectionTable.tableName, "\(audit)/\(section.key)")
    case .all, .audit, .action, .auditCase, .candidateList: nil
    }
  }
}

/// Who saved a change, and when: what an open screen says of a change saved elsewhere.
public struct ChangeStamp: Hashable, Sendable {
  public let sequence: LogSequence
  public let actor: String
  /// Its ISO 8601 time.
  public let at: String
}

extension Workbench {
  /// The change records of `scope`, oldest first. A value text dropped by a retention purge reads
  /// as `ChangeChain.purgedText`.
  public func history(_ scope: HistoryScope = .all) throws -> [ChangeRecord] {
    let (filter, arguments) = Self.historyFilter(scope)
    return try store.read { db in
      try db.rows(
        """
        SELECT seq, at, actor, entity, entity_id, field, old_value, new_value, old_hash, new_hash, reason,
          audit_id
        FROM change_log WHERE \(filter) ORDER BY seq
        """, arguments
      ).map(Self.changeRecord)
    }
  }

  static func historyFilter(_ scope: HistoryScope) -> (String, SQLArguments) {
    switch scope {
    case .all:
      ("1 = 1", [])
    case .audit(let id):
      ("audit_id = ?", [id])
    case .action(let id):
      (
        "entity IN ('action', 'action_progress') AND (entity_id = ?1 OR substr(entity_id, 1, length(?1) + 1) = ?1 || '/')",
        [id]
      )
    case .auditCase(let audit, let reference):
      (
        "audit_id = ?1 AND (entity_id = ?2 OR substr(entity_id, 1, length(?2) + 1) = ?2 || '/')",
        [audit, "\(audit)/\(reference)"]
      )
    case .candidateList:
      ("entity = 'candidate'", [])
    case .assessment, .agencyReturn, .recommendation, .reportSection:
      ("entity = ? AND entity_id = ?", scope.row.map { [$0.table, $0.id] } ?? [])
    }
  }

  /// Who saved the newest change after `known`, and when, or nil when nothing changed since: how
  /// an open screen learns that another process saved something. It reads only columns every login
  /// may read: an agency login may not read the logged values, which hold other agencies' returns.
  public func latestChange(after known: LogSequence) throws -> ChangeStamp? {
    try store.readOne { db in
      try db.row(
        "SELECT seq, at, actor FROM change_log WHERE seq > ? ORDER BY seq DESC LIMIT 1", [known.value]
      )
      .map { row in
        ChangeStamp(
          sequence: LogSequence(row["seq"] as Int), actor: ChangeChain.text(row["actor"]) ?? "",
          at: ChangeChain.text(row["at"]) ?? "")
      }
    }
  }

  /// A record as read; values of the wrong type (a tampered log) read as text, never fatally.
  static func changeRecord(_ row: SQLRow) -> ChangeRecord {
    func text(_ column: String) -> String? { ChangeChain.text(row[column]) }
    func value(_ column: String, hash: String) -> String? {
      text(column) ?? ((text(hash) ?? "").isEmpty ? nil : ChangeChain.purgedText)
    }
    return ChangeRecord(
      sequence: row["seq"], at: text("at") ?? "", actor: text("actor") ?? "", entity: text("entity") ?? "",
      entityID: text("entity_id") ?? "", field: text("field") ?? "",
      oldValue: value("old_value", hash: "old_hash"), newValue: value("new_value", hash: "new_hash"),
      reason: text("reason"), auditID: text("audit_id"))
  }

}

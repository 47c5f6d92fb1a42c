import CFAGDomain
import GRDB

/// Whose history to read from the change log.
public enum HistoryScope: Hashable, Sendable {
  /// Everything.
  case all
  /// Every change recorded against an audit: its cases, returns, grades, recommendations, actions.
  case audit(String)
  /// A tracker action and its progress notes.
  case action(String)
  /// One case of an audit: its place in the sample, its returns and its grade.
  case auditCase(audit: String, reference: String)
  /// One row of one table, e.g. `.entity("assessment", id: "CFAG-2026-01/MC-1001")`.
  case entity(String, id: String)
}

extension Workbench {
  /// The change records of `scope`, oldest first. A value text dropped by a retention purge reads
  /// as `ChangeChain.purgedText`.
  public func history(_ scope: HistoryScope = .all) throws -> [ChangeRecord] {
    let (filter, arguments) = Self.historyFilter(scope)
    return try store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT seq, at, actor, entity, entity_id, field, old_value, new_value, old_hash, new_hash, reason,
            audit_id
          FROM change_log WHERE \(filter) ORDER BY seq
          """, arguments: arguments
      ).map(Self.changeRecord)
    }
  }

  static func historyFilter(_ scope: HistoryScope) -> (String, StatementArguments) {
    switch scope {
    case .all:
      ("1", [])
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
    case .entity(let table, let id):
      ("entity = ? AND entity_id = ?", [table, id])
    }
  }

  /// A record as read; values of the wrong type (a tampered log) read as text, never fatally.
  static func changeRecord(_ row: Row) -> ChangeRecord {
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

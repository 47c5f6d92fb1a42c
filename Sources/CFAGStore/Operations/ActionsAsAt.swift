import CFAGDomain

extension Workbench {
  /// An audit's actions as they stood at the end of `day`: those raised by then, with every change
  /// logged after that day undone (status, confidence, manual rating, due date, evidence, closure),
  /// and the progress notes and due revisions dated after it left out. A signed-off report shows
  /// its action plan this way, as at the sign-off date, so a later export says the same.
  public func actions(of auditID: AuditID, asAt day: Day) throws -> [TrackerAction] {
    let after = day.adding(days: 1).iso
    return try store.read { db in
      let rows = try db.rows(
        "SELECT * FROM action WHERE audit_id = ? AND created <= ? ORDER BY id", [auditID, day.iso])
      let changes = try db.rows(
        """
        SELECT seq, entity_id, field, old_value FROM change_log
        WHERE entity = 'action' AND entity_id IN (SELECT id FROM action WHERE audit_id = ?)
        ORDER BY seq DESC
        """, [auditID])
      var notes: [String: [ProgressNote]] = [:]
      for row in try db.rows(
        """
        SELECT * FROM action_progress WHERE on_day <= ?
          AND action_id IN (SELECT id FROM action WHERE audit_id = ?) ORDER BY action_id, on_day, \(ActionOperations.noteOrder(db.dialect))
        """, [day.iso, auditID])
      {
        notes[row["action_id"], default: []].append(try ActionRows.progress(row))
      }
      let loggedAfter = Set(
        try db.values(
          Int64.self, "SELECT DISTINCT seq FROM change_log WHERE entity = 'action' AND at >= ?", [after]))
      return try rows.map { row in
        let id: String = row[ActionTable.id]
        var values = row.values
        let ofAction = changes.filter { $0["entity_id"] as String == id }
        // The creation is the change that first set `created`; only later changes are undone.
        let creation = ofAction.last { $0["field"] as String == ActionTable.created }?["seq"] as Int64? ?? 0
        for change in ofAction {
          let seq: Int64 = change["seq"]
          guard seq > creation, loggedAfter.contains(seq), Self.undoable.contains(change["field"])
          else { continue }
          if let index = row.index(of: change["field"]) { values[index] = change["old_value"] }
        }
        var action = try ActionRows.action(
          SQLRow(columnNames: row.columnNames, values: values), progress: notes[id] ?? [])
        action.dueRevisions = action.dueRevisions.filter { $0.on <= day }
        if let closure = action.closure, closure.on > day { action.closure = nil }
        return action
      }.sorted(by: TrackerAction.listOrder)
    }
  }

  /// The fields of an action that change after it is raised.
  private static let undoable: Set<String> = [
    ActionTable.status, ActionTable.confidence, ActionTable.ragOverride, ActionTable.ragReason,
    ActionTable.due,
    ActionTable.dueRevisionsJSON, ActionTable.evidence, ActionTable.closedBy, ActionTable.closedOn,
  ]
}

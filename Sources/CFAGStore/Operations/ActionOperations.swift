import CFAGDomain
import GRDB

/// Reading and storing tracker actions: the shared pieces every action command uses.
enum ActionOperations {
  static func nextID(_ db: Database, year: Int) throws -> String {
    TrackerAction.nextID(
      year: year,
      existing: try String.fetchAll(
        db, sql: "SELECT id FROM action WHERE id LIKE ?",
        arguments: ["LL-\(year)-%"]))
  }

  static func insert(_ tx: LoggedTransaction, _ action: TrackerAction) throws {
    try tx.insert("action", id: action.id, auditID: action.source.auditID, ActionRows.values(action))
    for (index, note) in action.progress.enumerated() {
      try insertNote(tx, actionID: action.id, index: index + 1, note, auditID: action.source.auditID)
    }
  }

  static func insertNote(
    _ tx: LoggedTransaction, actionID: String, index: Int, _ note: ProgressNote, auditID: String?
  )
    throws
  {
    try tx.insert(
      "action_progress", id: "\(actionID)/\(index)", auditID: auditID,
      [
        ("action_id", actionID.databaseValue), ("on_day", note.on.iso.databaseValue),
        ("author", note.author.databaseValue), ("text", note.text.databaseValue),
      ])
  }

  static func action(_ db: Database, _ id: String) throws -> TrackerAction {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM action WHERE id = ?", arguments: [id]) else {
      throw DomainError.notFound(kind: "action", id: id)
    }
    return try ActionRows.action(row, progress: try progress(db, id))
  }

  static func progress(_ db: Database, _ id: String) throws -> [ProgressNote] {
    try Row.fetchAll(
      db,
      sql:
        "SELECT * FROM action_progress WHERE action_id = ? ORDER BY on_day, CAST(substr(id, instr(id, '/') + 1) AS INTEGER)",
      arguments: [id]
    ).map(ActionRows.progress)
  }

  /// Every action, with progress notes, loaded in two queries.
  static func all(_ db: Database, auditID: String? = nil) throws -> [TrackerAction] {
    let filter = auditID == nil ? "" : " WHERE audit_id = ?"
    let arguments: StatementArguments = auditID.map { [$0] } ?? []
    let rows = try Row.fetchAll(db, sql: "SELECT * FROM action\(filter) ORDER BY id", arguments: arguments)
    var notes: [String: [ProgressNote]] = [:]
    let noteFilter = auditID == nil ? "" : " WHERE action_id IN (SELECT id FROM action WHERE audit_id = ?)"
    for row in try Row.fetchAll(
      db, sql: "SELECT * FROM action_progress\(noteFilter) ORDER BY action_id, on_day", arguments: arguments)
    {
      notes[row["action_id"], default: []].append(ActionRows.progress(row))
    }
    return try rows.map { try ActionRows.action($0, progress: notes[$0["id"]] ?? []) }
  }
}

extension Workbench {
  /// One action, with its progress notes.
  public func action(_ id: String) throws -> TrackerAction {
    try store.read { try ActionOperations.action($0, id.uppercased()) }
  }

  /// Every action, or those raised from one audit.
  public func actions(audit: String? = nil) throws -> [TrackerAction] {
    try store.read { try ActionOperations.all($0, auditID: audit) }
  }
}

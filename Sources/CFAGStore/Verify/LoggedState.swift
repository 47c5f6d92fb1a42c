/// What the change log says every logged row holds now: built in one pass over the log, in order.
struct LoggedState {
  /// One row as the log knows it.
  struct RowState {
    var exists: Bool
    /// The record that created or deleted the row last.
    var lifeSequence: Int
    /// Field → the hash of its last logged value, that value's salt and the record's sequence.
    var fields: [String: (hash: String, salt: String?, sequence: Int)] = [:]
    /// Whether the row was found in its table (filled in by the current-values check).
    var seen = false
  }

  /// Table → row id → state.
  private(set) var tables: [String: [String: RowState]] = [:]
  private let logged: Set<String>

  init(loggedTables: [String]) {
    logged = Set(loggedTables)
    for table in loggedTables { tables[table] = [:] }
  }

  /// Applies one change record. Returns a problem message if the record changes a row the log never
  /// created (or already deleted).
  mutating func apply(
    entity: String, id: String, field: String, newHash: String, newSalt: String?, sequence: Int
  ) -> String? {
    guard logged.contains(entity) else { return nil }
    if field == "*" {
      tables[entity]![id] = RowState(exists: !newHash.isEmpty, lifeSequence: sequence)
      return nil
    }
    guard tables[entity]![id]?.exists == true else {
      return "changes \(entity) \(id), which the log has not created (or has deleted)"
    }
    tables[entity]![id]!.fields[field] = (newHash, newSalt, sequence)
    return nil
  }

  mutating func markSeen(_ table: String, _ id: String) { tables[table]?[id]?.seen = true }

  func row(_ table: String, _ id: String) -> RowState? { tables[table]?[id] }
}

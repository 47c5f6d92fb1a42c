import GRDB

/// Walks the change log once, in sequence order: recomputes every link of the hash chain, checks each
/// value text against its hash, and builds what the log says every logged row holds now.
enum ChainCheck {
  static func run(_ db: Database, state: inout LoggedState, report: inout VerificationReport) throws {
    var expectedSequence = 1
    var previousHash = ChangeChain.genesis
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT seq, at, actor, entity, entity_id, field, old_value, new_value, old_hash, new_hash, reason,
          audit_id, prev_hash, hash
        FROM change_log ORDER BY seq
        """)
    while let row = try cursor.next() {
      let sequence: Int = row["seq"]
      let entity: String = row["entity"]
      let id: String = row["entity_id"]
      let field: String = row["field"]
      let oldHash: String = row["old_hash"]
      let newHash: String = row["new_hash"]
      let storedPrevious: String = row["prev_hash"]
      let hash: String = row["hash"]
      func problem(_ message: String) {
        report.add(.init(.chain, table: entity, id: id, field: field, sequence: sequence, message))
      }
      if sequence > expectedSequence {
        let missing =
          sequence == expectedSequence + 1
          ? "change record \(expectedSequence) is" : "change records \(expectedSequence)–\(sequence - 1) are"
        problem("\(missing) missing: deleted from the log")
      }
      if storedPrevious != previousHash {
        problem("does not follow the record before it: a record was deleted, inserted or rewritten before it")
      }
      let at: String = row["at"]
      let actor: String = row["actor"]
      let reason: String = row["reason"] ?? ""
      let auditID: String = row["audit_id"] ?? ""
      let fields: [String] = [
        String(sequence), at, actor, entity, id, field, oldHash, newHash, reason, auditID,
      ]
      if ChangeChain.link(previous: storedPrevious, fields: fields) != hash {
        problem("its contents do not match its hash: the record was edited")
      }
      let oldText: String? = row["old_value"]
      let newText: String? = row["new_value"]
      for (label, text, valueHash) in [("old", oldText, oldHash), ("new", newText, newHash)] {
        if let text {
          if ChangeChain.valueHash(text) != valueHash { problem("its \(label) value text was edited") }
        } else if !valueHash.isEmpty {
          report.purgedTexts += 1
        }
      }
      if let message = state.apply(entity: entity, id: id, field: field, newHash: newHash, sequence: sequence)
      {
        problem(message)
      }
      report.records += 1
      previousHash = hash
      expectedSequence = sequence + 1
    }
    if expectedSequence > 1 {
      report.headSequence = expectedSequence - 1
      report.headHash = previousHash
    }
  }
}

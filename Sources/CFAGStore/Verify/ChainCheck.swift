import CFAGDomain

/// Walks the change log once, in sequence order: recomputes every link of the hash chain, checks each
/// value text against its hash, and builds what the log says every logged row holds now.
enum ChainCheck {
  static func run(
    _ db: any StoreConnection, state: inout LoggedState, report: inout VerificationReport,
    progress: ProgressReporter = .silent
  ) throws {
    let task = "3/5 checking the change log's hash chain"
    let total = try db.value(Int.self, "SELECT COUNT(*) FROM change_log") ?? 0
    progress(task, done: 0, of: total)
    var expectedSequence = 1
    var previousHash = ChangeChain.genesis
    /// Value texts missing from the log, and the fields a retention purge covered.
    var missing: [(entity: String, id: String, field: String, sequence: Int)] = []
    var purged: Set<[String]> = []
    /// Reasons missing from the log, and the audits a retention purge covered.
    var missingReasons: [(entity: String, id: String, auditID: String, sequence: Int)] = []
    var purgedAudits: Set<String> = []
    var lock = SignOffLock()
    // A file from before the salted log has no salt columns: its records are all unsalted.
    let salted = try db.columnNames(of: "change_log").contains("reason_hash")
    let saltColumns = salted ? "old_salt, new_salt, reason_salt, reason_hash" : "NULL, NULL, NULL, NULL"
    try db.forEachRow(
      """
      SELECT seq, at, actor, entity, entity_id, field, old_value, new_value, old_hash, new_hash, reason,
        audit_id, prev_hash, hash, \(saltColumns)
      FROM change_log ORDER BY seq
      """, []
    ) { row in
      // By position, and through `text`, so a value of the wrong type is reported, not fatal.
      let sequence: Int = row[0]
      let entity = text(row, 3) ?? ""
      let id = text(row, 4) ?? ""
      let field = text(row, 5) ?? ""
      let oldHash = text(row, 8) ?? ""
      let newHash = text(row, 9) ?? ""
      let storedPrevious = text(row, 12) ?? ""
      let hash = text(row, 13) ?? ""
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
      let reason = text(row, 10)
      let auditID = text(row, 11)
      let reasonHash = text(row, 17)
      let fields = ChangeChain.linkFields(
        sequence: sequence, at: text(row, 1) ?? "", actor: text(row, 2) ?? "", entity: entity, id: id,
        field: field, oldHash: oldHash, newHash: newHash, reason: reason, reasonHash: reasonHash,
        auditID: auditID)
      if ChangeChain.link(previous: storedPrevious, fields: fields) != hash {
        problem("its contents do not match its hash: the record was edited")
      }
      // A record of the salted log (it has a reason hash) has a salt for every text it holds.
      let isSalted = reasonHash != nil
      for (label, index, valueHash, saltIndex) in [("old", 6, oldHash, 14), ("new", 7, newHash, 15)] {
        let salt = text(row, saltIndex)
        if let value = text(row, index) {
          if isSalted && salt == nil {
            problem("its \(label) value's salt is missing: it was removed outside cfag")
          } else if ChangeChain.valueHash(value, salt: salt) != valueHash {
            problem("its \(label) value text was edited")
          }
        } else if !valueHash.isEmpty {
          missing.append((entity, id, field, sequence))
        }
      }
      if let reasonHash {
        if let reason {
          if ChangeChain.valueHash(reason, salt: text(row, 16)) != reasonHash {
            problem("its reason was edited")
          }
        } else if !reasonHash.isEmpty {
          missingReasons.append((entity, id, auditID ?? "", sequence))
        }
      }
      if let message = lock.apply(
        entity: entity, field: field, newValueSet: !newHash.isEmpty, reason: reason, auditID: auditID)
      {
        report.add(.init(.signOff, table: entity, id: id, field: field, sequence: sequence, message))
      }
      if (reason ?? "").hasPrefix(PurgePolicy.reasonPrefix) {
        purged.insert([entity, id, field])
        if let auditID { purgedAudits.insert(auditID) }
      }
      if let message = state.apply(
        entity: entity, id: id, field: field, newHash: newHash, newSalt: text(row, 15), sequence: sequence)
      {
        problem(message)
      }
      report.records += 1
      if hash == report.notedHead { report.notedHeadSequence = sequence }
      if report.records % 256 == 0 { progress(task, done: report.records, of: total) }
      previousHash = hash
      expectedSequence = sequence + 1
    }
    if expectedSequence > 1 {
      report.headSequence = expectedSequence - 1
      report.headHash = previousHash
    }
    for text in missing {
      guard PurgePolicy.isPurgeable(table: text.entity, column: text.field) else {
        report.add(
          .init(
            .chain, table: text.entity, id: text.id, field: text.field, sequence: text.sequence,
            "its value text is missing, but a purge never removes this field: it was removed outside cfag"))
        continue
      }
      guard purged.contains([text.entity, text.id, text.field]) else {
        report.add(
          .init(
            .chain, table: text.entity, id: text.id, field: text.field, sequence: text.sequence,
            "its value text is missing, but no retention purge of this field is logged: it was removed outside cfag"
          ))
        continue
      }
      report.purgedTexts += 1
    }
    for reason in missingReasons where !purgedAudits.contains(reason.auditID) {
      report.add(
        .init(
          .chain, table: reason.entity, id: reason.id, sequence: reason.sequence,
          "its reason is missing, but no retention purge of its audit is logged: it was removed outside cfag")
      )
    }
    if let noted = report.notedHead, report.notedHeadSequence == nil {
      report.add(
        .init(
          .chain, table: "change_log",
          "the noted head \(noted) is not in the chain: the log was rewritten since it was noted, "
            + "or this is another database"))
    }
  }

  private static func text(_ row: SQLRow, _ index: Int) -> String? {
    ChangeChain.text(row[index])
  }
}

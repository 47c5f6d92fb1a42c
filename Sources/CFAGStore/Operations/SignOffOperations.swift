import CFAGDomain
import Foundation

extension Workbench {
  /// Locks the audit once every included case is graded with a rationale. Closes any open amendment.
  public func signOff(_ auditID: AuditID, by name: String) throws {
    let name = name.trimmingWhitespace
    guard !name.isEmpty else {
      throw DomainError.missing(field: "by", reason: "say who signs the audit off")
    }
    try perform { tx in
      let record = try AuditReads.record(tx.db, auditID, themes: tx.themes)
      if record.audit.signOff != nil && record.audit.openAmendment == nil {
        throw DomainError.refused("audit \(auditID) is already signed off")
      }
      let check = SignOffCheck(record: record, sections: [:])
      guard !check.hasNoCases else {
        throw DomainError.refused("audit \(auditID) has no cases to sign off")
      }
      guard check.ungraded.isEmpty else {
        let ungraded = check.ungraded.map(\.value)
        throw DomainError.refused(
          "audit \(auditID) cannot be signed off: \(ungraded.count) case\(ungraded.count == 1 ? " is" : "s are") "
            + "not graded (\(ungraded.joined(separator: ", ")))")
      }
      try tx.update(
        AuditTable.self, id: auditID.rawValue, auditID: auditID,
        [
          (AuditTable.signedOffBy, name.sqlValue),
          (AuditTable.signedOffOn, session.today.iso.sqlValue),
          (AuditTable.amendmentJSON, SQLValue.null),
        ], reason: SignOffHead.reasonPrefix + tx.headHash)
    }
  }

  /// What the audit lacks for sign-off: ungraded cases (which stop it) and the gaps (unwritten
  /// sections, returns not in) that the person signing off is shown first.
  public func signOffCheck(_ auditID: AuditID) throws -> SignOffCheck {
    try store.read { db in
      let record = try AuditReads.record(db, auditID, themes: store.themes)
      let sections = try Self.sections(db, where: "audit_id = ?", [auditID])[auditID] ?? [:]
      return SignOffCheck(record: record, sections: sections, known: try Self.knownAgencies(db, auditID))
    }
  }

  /// The change log's head when the audit was last signed off (the hash of the record before the
  /// sign-off's own), for the report; `cfag verify --head HASH` checks it is still in the chain.
  public func signOffHead(_ auditID: AuditID) throws -> String? {
    try store.read { db in
      try db.value(
        String.self,
        """
        SELECT reason FROM change_log WHERE entity = 'audit' AND entity_id = ? AND substr(reason, 1, ?) = ?
        ORDER BY seq DESC LIMIT 1
        """, [auditID, SignOffHead.reasonPrefix.count, SignOffHead.reasonPrefix]
      ).map { String($0.dropFirst(SignOffHead.reasonPrefix.count)) }
    }
  }

  /// Opens a logged amendment window on a signed-off audit; sign-off closes it again.
  @discardableResult
  public func amend(_ auditID: AuditID, reason: String) throws -> Saved<Void> {
    let reason = reason.trimmingWhitespace
    guard !reason.isEmpty else {
      throw DomainError.missing(field: "reason", reason: "an amendment needs its reason")
    }
    return try saving { tx in
      let audit = try AuditReads.audit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(reason, field: .reason, auditID: auditID)
      guard audit.signOff != nil else {
        throw DomainError.refused(
          "audit \(auditID) is not signed off; it can be changed without an amendment")
      }
      guard audit.openAmendment == nil else {
        throw DomainError.refused("audit \(auditID) already has an amendment open")
      }
      let amendment = Amendment(reason: reason, by: session.actor, at: tx.at)
      try tx.update(
        AuditTable.self, id: auditID.rawValue, auditID: auditID,
        [(AuditTable.amendmentJSON, JSONColumn.encode(amendment))],
        reason: reason)
    }
  }
}

/// How a sign-off logs the chain head it was made at: as the reason of its change records.
enum SignOffHead {
  static let reasonPrefix = "signed off at change log head "
}

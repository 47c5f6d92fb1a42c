import CFAGDomain

/// A random draw as asked for: `cfag audit sample AUDIT --size N [--reserves R] [--seed S]
/// [--stratify FIELD] [--force]`.
public struct SampleRequest: Sendable {
  public var size: Int
  public var reserves: Int
  /// Nil: a seed is chosen (and recorded, so the draw can still be re-run).
  public var seed: UInt64?
  public var stratifiedBy: CandidateField?
  /// Draw again over an earlier draw (logged). Refused once a drawn case has returns or a grade.
  public var force: Bool

  public init(
    size: Int, reserves: Int = 0, seed: UInt64? = nil, stratifiedBy: CandidateField? = nil,
    force: Bool = false
  ) {
    self.size = size
    self.reserves = reserves
    self.seed = seed
    self.stratifiedBy = stratifiedBy
    self.force = force
  }
}

/// What a draw did.
public struct SampleOutcome: Sendable, Equatable {
  public var record: SampleRecord
  public var selected: [CaseReference]
  public var reserves: [CaseReference]
  /// The quotas per stratum, when stratified.
  public var strata: [Stratum]
  /// Whether an earlier draw was replaced (`--force`).
  public var redrawn: Bool
}

extension Workbench {
  /// The candidates an audit's draw would use: admitted by its theme today, not added by hand.
  public func eligiblePool(_ auditID: AuditID) throws -> [CandidateCase] {
    try store.read { db in
      try Self.eligiblePool(
        db, audit: AuditReads.audit(db, auditID, themes: store.themes), today: session.today)
    }
  }

  /// Draws the audit's cases and reserves from the candidate list (see docs/sampling.md) and
  /// records the seed, criteria, pool size, pool hash and time with the audit.
  public func sample(_ auditID: AuditID, _ request: SampleRequest) throws -> SampleOutcome {
    let seed = request.seed ?? UInt64.random(in: 100_000...999_999_999)
    return try perform { tx in
      let audit = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let drawn = try tx.db.rows(
        "SELECT id, reference FROM audit_case WHERE audit_id = ? AND selection != 'manual'", [auditID])
      if audit.sample != nil || !drawn.isEmpty {
        guard request.force else {
          let when = audit.sample.map { " at \($0.drawnAt) with seed \($0.seed)" } ?? ""
          throw DomainError.refused(
            "audit \(auditID) was already sampled\(when); drawing again loses that draw (it is logged)",
            remedy: .force)
        }
        try Self.discardDraw(tx, auditID: auditID, rows: drawn)
      }
      let pool = try Self.eligiblePool(tx.db, audit: audit, today: session.today)
      let result = try SampleDraw.draw(
        pool: pool, size: request.size, reserves: request.reserves, seed: seed,
        stratifiedBy: request.stratifiedBy)
      let record = SampleRecord(
        seed: seed, size: request.size, reserves: result.reserves.count, stratifiedBy: request.stratifiedBy,
        criteria: audit.theme.criteria.map(\.description), poolSize: pool.count,
        poolHash: Self.poolHash(pool), drawnAt: tx.at)
      let reason = drawn.isEmpty && audit.sample == nil ? nil : "drawn again, replacing the earlier draw"
      try tx.update(
        AuditTable.self, id: auditID.rawValue, auditID: auditID,
        [(AuditTable.sampleJSON, JSONColumn.encode(record))],
        reason: reason)
      for (index, candidate) in result.selected.enumerated() {
        try Self.insertCase(
          tx, auditID: auditID, Self.drawnCase(candidate, .random(order: index + 1), .included))
      }
      for (index, candidate) in result.reserves.enumerated() {
        try Self.insertCase(
          tx, auditID: auditID, Self.drawnCase(candidate, .reserve(order: index + 1), .reserve))
      }
      return SampleOutcome(
        record: record, selected: result.selected.map(\.reference),
        reserves: result.reserves.map(\.reference),
        strata: result.quotas, redrawn: reason != nil)
    }
  }

  /// Swaps a case for the lowest-numbered unused reserve, logging the reason. Returns the reserve.
  @discardableResult
  public func replaceCase(_ auditID: AuditID, reference text: String, reason: String) throws
    -> Saved<CaseReference>
  {
    let reference = CaseReference(trusted: text.trimmingWhitespace)
    let reason = reason.trimmingWhitespace
    guard !reason.isEmpty else {
      throw DomainError.missing(field: "reason", reason: "say why the case is replaced")
    }
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(reason, field: .reason, auditID: auditID)
      guard try AuditReads.auditCase(tx.db, auditID, reference).isIncluded else {
        throw DomainError.refused(
          "case \(reference) is not in audit \(auditID) now, so it cannot be replaced")
      }
      guard
        let reserve = try tx.db.value(
          String.self,
          "SELECT reference FROM audit_case WHERE audit_id = ? AND status = 'reserve' ORDER BY draw_order LIMIT 1",
          [auditID]
        ).map(CaseReference.init(trusted:))
      else {
        throw DomainError.refused(
          "audit \(auditID) has no unused reserve left; add a case by hand instead",
          remedy: .addCaseByHand(auditID))
      }
      try tx.update(
        AuditCaseTable.self, id: AuditReads.caseID(auditID, reference), auditID: auditID,
        [
          (AuditCaseTable.status, "replaced".sqlValue),
          (AuditCaseTable.statusReason, reason.sqlValue),
        ], reason: reason)
      try tx.update(
        AuditCaseTable.self, id: AuditReads.caseID(auditID, reserve), auditID: auditID,
        [(AuditCaseTable.status, "included".sqlValue)], reason: "replaces \(reference): \(reason)")
      return reserve
    }
  }

  /// SHA-256 of the pool's references sorted, each followed by a line feed (as `sort | sha256sum`).
  public static func poolHash(_ pool: [CandidateCase]) -> String {
    ChangeChain.sha256(pool.map(\.reference.value).sorted().map { $0 + "\n" }.joined())
  }

  static func eligiblePool(_ db: any StoreConnection, audit: Audit, today: Day) throws -> [CandidateCase] {
    let manual = Set(
      try db.values(
        String.self, "SELECT reference FROM audit_case WHERE audit_id = ? AND selection = 'manual'",
        [audit.id]))
    return try CandidateRows.all(db).filter {
      !manual.contains($0.reference.value) && audit.theme.admits($0, today: today)
    }
  }

  private static func drawnCase(
    _ candidate: CandidateCase, _ selection: AuditCase.Selection, _ status: AuditCase.Status
  ) -> AuditCase {
    AuditCase(
      reference: candidate.reference, selection: selection, status: status, planType: candidate.planType,
      ageBand: candidate.ageBand)
  }

  /// Deletes an earlier draw's cases (logged), refusing once any has a return or a grade.
  private static func discardDraw(_ tx: LoggedTransaction, auditID: AuditID, rows: [SQLRow]) throws {
    let worked =
      try tx.db.value(
        Int.self,
        """
        SELECT (SELECT COUNT(*) FROM agency_return r JOIN audit_case c
                  ON c.audit_id = r.audit_id AND c.reference = r.reference
                WHERE r.audit_id = ? AND c.selection != 'manual')
             + (SELECT COUNT(*) FROM assessment s JOIN audit_case c
                  ON c.audit_id = s.audit_id AND c.reference = s.reference
                WHERE s.audit_id = ? AND c.selection != 'manual')
        """, [auditID, auditID]) ?? 0
    guard worked == 0 else {
      throw DomainError.refused(
        "audit \(auditID)'s drawn cases already have returns or grades; drawing again would lose them. "
          + "Replace single cases instead",
        remedy: .replaceSingleCases(auditID))
    }
    for row in rows {
      try tx.delete(
        AuditCaseTable.self, id: row["id"], auditID: auditID,
        reason: "drawn again, replacing the earlier draw")
    }
  }
}

import CFAGDomain

/// The fields of an audit people set when creating or editing it. Nil leaves a field unchanged.
public struct AuditDetails: Sendable {
  public var title: String?
  public var meetingDate: Day?
  public var chair: String?
  /// Agencies as typed; each is resolved against the agency list.
  public var panelAgencies: [String]?
  public var returnsDue: Day?

  public init(
    title: String? = nil, meetingDate: Day? = nil, chair: String? = nil, panelAgencies: [String]? = nil,
    returnsDue: Day? = nil
  ) {
    self.title = title
    self.meetingDate = meetingDate
    self.chair = chair
    self.panelAgencies = panelAgencies
    self.returnsDue = returnsDue
  }
}

extension Workbench {
  /// Creates an audit of `theme` (copied into the audit) and returns its id.
  public func createAudit(theme: Theme, details: AuditDetails) throws -> AuditID {
    guard let date = details.meetingDate else {
      throw DomainError.missing(field: "date", reason: "an audit needs its meeting date")
    }
    return try perform { tx in
      let directory = try AgencyOperations.directory(tx.db)
      let agencies = try (details.panelAgencies ?? []).map { try directory.resolve($0).id }
      let existing = try tx.db.values(AuditID.self, "SELECT id FROM audit")
      let id = Audit.nextID(year: date.year, existing: existing)
      let title = details.title?.trimmingWhitespace.nilIfEmpty ?? "\(theme.title) (\(date.iso))"
      try tx.insert(
        AuditTable.self, id: id.rawValue, auditID: id,
        [
          (AuditTable.title, title.sqlValue), (AuditTable.themeID, theme.id.sqlValue),
          (AuditTable.themeJSON, JSONColumn.encode(theme)), (AuditTable.meetingDate, date.iso.sqlValue),
          (AuditTable.chair, (details.chair?.trimmingWhitespace.nilIfEmpty).dbValue),
          (AuditTable.panelAgencies, JSONColumn.encode(agencies.uniqued)),
          (AuditTable.returnsDue, (details.returnsDue?.iso).dbValue),
          (AuditTable.createdAt, tx.at.sqlValue),
        ])
      return id
    }
  }

  /// Changes an audit's title, date, chair, panel or returns deadline. Refused once signed off.
  public func editAudit(_ id: AuditID, details: AuditDetails) throws {
    try perform { tx in
      _ = try AuditReads.editableAudit(tx.db, id, themes: tx.themes)
      var changes: [(String, SQLValue)] = []
      if let title = details.title?.trimmingWhitespace {
        guard !title.isEmpty else {
          throw DomainError.missing(field: "title", reason: "the title cannot be empty")
        }
        changes.append((AuditTable.title, title.sqlValue))
      }
      if let date = details.meetingDate { changes.append((AuditTable.meetingDate, date.iso.sqlValue)) }
      if let chair = details.chair {
        changes.append((AuditTable.chair, chair.trimmingWhitespace.nilIfEmpty.dbValue))
      }
      if let agencies = details.panelAgencies {
        let directory = try AgencyOperations.directory(tx.db)
        changes.append(
          (
            AuditTable.panelAgencies,
            JSONColumn.encode(try agencies.map { try directory.resolve($0).id }.uniqued)
          ))
      }
      if let due = details.returnsDue { changes.append((AuditTable.returnsDue, due.iso.sqlValue)) }
      guard !changes.isEmpty else {
        throw DomainError.missing(field: "changes", reason: "nothing to change")
      }
      try tx.update(AuditTable.self, id: id.rawValue, auditID: id, changes)
    }
  }

  /// Deletes an audit and everything recorded for it. Refused once signed off.
  public func deleteAudit(_ id: AuditID, reason: String?) throws {
    try perform { tx in
      _ = try AuditReads.editableAudit(tx.db, id, themes: tx.themes)
      let actions =
        try tx.db.value(Int.self, "SELECT COUNT(*) FROM action WHERE audit_id = ?", [id]) ?? 0
      guard actions == 0 else {
        throw DomainError.refused(
          "audit \(id) has \(actions) tracker action\(actions == 1 ? "" : "s"); they outlive the audit, so it cannot be deleted"
        )
      }
      try tx.deleteAll(
        AgencyReturnTable.self, where: AgencyReturnTable.auditID, is: id.rawValue, auditID: id, reason: reason
      )
      try tx.deleteAll(
        AssessmentTable.self, where: AssessmentTable.auditID, is: id.rawValue, auditID: id, reason: reason)
      try tx.deleteAll(
        RecommendationTable.self, where: RecommendationTable.auditID, is: id.rawValue, auditID: id,
        reason: reason)
      try tx.deleteAll(
        ReportSectionTable.self, where: ReportSectionTable.auditID, is: id.rawValue, auditID: id,
        reason: reason)
      try tx.deleteAll(
        AuditCaseTable.self, where: AuditCaseTable.auditID, is: id.rawValue, auditID: id, reason: reason)
      try tx.delete(AuditTable.self, id: id.rawValue, auditID: id, reason: reason)
    }
  }

  /// Adds a case by hand (not at random), with the reason.
  @discardableResult
  public func addCase(
    _ auditID: AuditID, reference text: String, reason: String, planType: PlanType? = nil,
    ageBand: AgeBand? = nil
  ) throws -> Saved<Void> {
    let reference = try CaseReference(validating: text)
    let reason = reason.trimmingWhitespace
    guard !reason.isEmpty else {
      throw DomainError.missing(
        field: "reason", reason: "say why this case was added by hand")
    }
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(reason, field: .reason, auditID: auditID)
      if let existing = try? AuditReads.auditCase(tx.db, auditID, reference) {
        guard !existing.isIncluded else {
          throw DomainError.refused("case \(reference) is already in audit \(auditID)")
        }
        try tx.update(
          AuditCaseTable.self, id: AuditReads.caseID(auditID, reference), auditID: auditID,
          [
            (AuditCaseTable.status, "included".sqlValue),
            (AuditCaseTable.statusReason, SQLValue.null),
          ], reason: reason)
        return
      }
      let candidate = try tx.db.row(
        "SELECT plan_type, age_band FROM candidate WHERE reference = ?", [reference.value])
      let auditCase = AuditCase(
        reference: reference, selection: .manual(reason: reason), status: .included,
        planType: planType ?? (candidate?["plan_type"] as String?).flatMap(PlanType.init(rawValue:)),
        ageBand: ageBand ?? (candidate?["age_band"] as String?).flatMap(AgeBand.init(rawValue:)))
      try Self.insertCase(tx, auditID: auditID, auditCase)
    }
  }

  /// Takes a case out of the audit, with the reason. Its returns and grade stay on record.
  @discardableResult
  public func removeCase(_ auditID: AuditID, reference text: String, reason: String) throws -> Saved<Void> {
    let reference = CaseReference(trusted: text.trimmingWhitespace)
    let reason = reason.trimmingWhitespace
    guard !reason.isEmpty else {
      throw DomainError.missing(field: "reason", reason: "say why the case is taken out")
    }
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(reason, field: .reason, auditID: auditID)
      let auditCase = try AuditReads.auditCase(tx.db, auditID, reference)
      guard auditCase.isIncluded else {
        throw DomainError.refused("case \(reference) is not in audit \(auditID) now")
      }
      try tx.update(
        AuditCaseTable.self, id: AuditReads.caseID(auditID, reference), auditID: auditID,
        [
          (AuditCaseTable.status, "removed".sqlValue),
          (AuditCaseTable.statusReason, reason.sqlValue),
        ], reason: reason)
    }
  }

  static func insertCase(_ tx: LoggedTransaction, auditID: AuditID, _ auditCase: AuditCase) throws {
    let position =
      try tx.db.value(
        Int.self, "SELECT COALESCE(MAX(position), 0) + 1 FROM audit_case WHERE audit_id = ?", [auditID]) ?? 1
    try tx.insert(
      AuditCaseTable.self, id: AuditReads.caseID(auditID, auditCase.reference), auditID: auditID,
      [
        (AuditCaseTable.auditID, auditID.sqlValue),
        (AuditCaseTable.reference, auditCase.reference.value.sqlValue),
      ]
        + AuditRows.values(auditCase) + [(AuditCaseTable.position, position.sqlValue)])
  }
}

extension String {
  var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Array where Element: Hashable {
  var uniqued: [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}

import CFAGDomain

/// The panel's judgement of a case as typed: the grade and rationale, with optional detail.
///
/// The workbench's one partial-update convention, shared by every command value (`ReturnInput`,
/// `ActionUpdate`, `AuditDetails`): a field left nil keeps what is stored; a map (domain grades)
/// changes only the keys it names.
public struct GradeInput: Sendable {
  public var overall: Grade
  public var rationale: String
  /// Domain id (or title) as typed → judgement; other domains keep theirs.
  public var domainGrades: [String: DomainJudgement]
  /// Finding tags as typed, replacing the case's; nil keeps them.
  public var findings: [String]?
  public var goodPractice: String?
  public var voiceOfChild: String?

  public init(
    overall: Grade, rationale: String, domainGrades: [String: DomainJudgement] = [:],
    findings: [String]? = nil,
    goodPractice: String? = nil, voiceOfChild: String? = nil
  ) {
    self.overall = overall
    self.rationale = rationale
    self.domainGrades = domainGrades
    self.findings = findings
    self.goodPractice = goodPractice
    self.voiceOfChild = voiceOfChild
  }
}

extension Workbench {
  /// Grades a case; grading again replaces the earlier grade, field by field, in the log.
  /// Fields left nil (good practice, voice) keep their earlier text.
  @discardableResult
  public func grade(_ auditID: AuditID, reference text: String, _ input: GradeInput) throws
    -> Saved<PanelAssessment>
  {
    let reference = CaseReference(trusted: text.trimmingWhitespace)
    let findings = try input.findings.map { tags throws(DomainError) in
      try tags.map { tag throws(DomainError) in try FindingTag(validating: tag) }
    }
    return try saving { tx in
      let audit = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let auditCase = try AuditReads.auditCase(tx.db, auditID, reference)
      guard auditCase.isIncluded else {
        throw DomainError.refused("case \(reference) is not in audit \(auditID) now, so it cannot be graded")
      }
      let id = AuditReads.caseID(auditID, reference)
      let earlier = try tx.db.row("SELECT * FROM assessment WHERE id = ?", [id])
        .map(AuditRows.assessment)
      var domainGrades: [String: DomainJudgement] = earlier?.domainGrades ?? [:]
      for (key, judgement) in input.domainGrades {
        domainGrades[try Self.domainID(key, in: audit.theme)] = judgement
      }
      let assessment = PanelAssessment(
        reference: reference, overall: input.overall, rationale: input.rationale.trimmingWhitespace,
        domainGrades: domainGrades, findings: findings?.uniqued ?? earlier?.findings ?? [],
        goodPractice: input.goodPractice?.trimmingWhitespace ?? earlier?.goodPractice ?? "",
        voiceOfChild: input.voiceOfChild?.trimmingWhitespace ?? earlier?.voiceOfChild ?? "",
        escalated: earlier?.escalated ?? false)
      try assessment.validate(against: audit.theme)
      try tx.checkText(assessment.rationale, field: .rationale, auditID: auditID)
      try tx.checkText(input.goodPractice, field: .goodPractice, auditID: auditID)
      try tx.checkText(input.voiceOfChild, field: .voice, auditID: auditID)
      if earlier == nil {
        try tx.insert(
          AssessmentTable.self, id: id, auditID: auditID,
          [
            (AssessmentTable.auditID, auditID.sqlValue),
            (AssessmentTable.reference, reference.value.sqlValue),
          ]
            + AuditRows.values(assessment))
      } else {
        try tx.update(AssessmentTable.self, id: id, auditID: auditID, AuditRows.values(assessment))
      }
      return assessment
    }
  }

  /// Puts a case's assessment back exactly as it was (grade, texts, domain grades, tags), or
  /// removes it when the case had none: the inverse of `grade` and `setFindings`, in one
  /// transaction, so undo never leaves a domain grade that was not there before. The escalation
  /// mark stays as it is now: escalating is not undone by undoing a grade.
  @discardableResult
  public func restoreAssessment(_ auditID: AuditID, reference: CaseReference, to earlier: PanelAssessment?)
    throws -> Saved<PanelAssessment?>
  {
    try saving { tx in
      let audit = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let id = AuditReads.caseID(auditID, reference)
      let current = try tx.db.row("SELECT * FROM assessment WHERE id = ?", [id])
        .map(AuditRows.assessment)
      guard var restored = earlier else {
        guard let current else { return nil }
        guard !current.escalated else {
          throw DomainError.refused(
            "case \(reference) was escalated after it was graded, so its grade cannot be taken back; "
              + "change the grade instead")
        }
        try tx.delete(AssessmentTable.self, id: id, auditID: auditID, reason: "undo")
        return nil
      }
      restored.escalated = current?.escalated ?? false
      try restored.validate(against: audit.theme)
      if current == nil {
        try tx.insert(
          AssessmentTable.self, id: id, auditID: auditID,
          [
            (AssessmentTable.auditID, auditID.sqlValue),
            (AssessmentTable.reference, reference.value.sqlValue),
          ]
            + AuditRows.values(restored), reason: "undo")
      } else {
        try tx.update(
          AssessmentTable.self, id: id, auditID: auditID, AuditRows.values(restored), reason: "undo")
      }
      return restored
    }
  }

  /// Replaces a graded case's finding tags (the panel adds them as the discussion goes).
  public func setFindings(_ auditID: AuditID, reference text: String, findings: [String]) throws {
    let reference = CaseReference(trusted: text.trimmingWhitespace)
    let tags = try findings.map { tag throws(DomainError) in try FindingTag(validating: tag) }.uniqued
    try perform { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let id = AuditReads.caseID(auditID, reference)
      guard try tx.db.row("SELECT id FROM assessment WHERE id = ?", [id]) != nil
      else {
        throw DomainError.refused("grade case \(reference) before tagging its findings")
      }
      try tx.update(
        AssessmentTable.self, id: id, auditID: auditID,
        [(AssessmentTable.findingsJSON, JSONColumn.encode(tags))])
    }
  }

  /// Records an immediate concern about a child: raises an urgent action for the owner agency, due
  /// in two working days unless `due` is given, and marks the case escalated. Returns the action id.
  public func escalate(
    _ auditID: AuditID, reference text: String, reason: String, owner: String, lead: String, due: Day? = nil
  ) throws -> Saved<ActionID> {
    let reference = CaseReference(trusted: text.trimmingWhitespace)
    let reason = reason.trimmingWhitespace
    let lead = lead.trimmingWhitespace
    guard !reason.isEmpty else {
      throw DomainError.missing(field: .concern, reason: "say what the immediate concern is")
    }
    guard !lead.isEmpty else {
      throw DomainError.missing(field: "lead", reason: "name the lead who will act on it")
    }
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let auditCase = try AuditReads.auditCase(tx.db, auditID, reference)
      guard auditCase.isIncluded else {
        throw DomainError.refused("case \(reference) is not in audit \(auditID) now")
      }
      try tx.checkText(reason, field: .concern, auditID: auditID)
      let agency = try AgencyOperations.resolve(tx.db, owner)
      let action = TrackerAction(
        id: try ActionOperations.nextID(tx.db, year: session.today.year),
        text: TrackerAction.escalationText(reason),
        source: .escalation(auditID: auditID, reference: reference),
        owner: agency.id, lead: lead, created: session.today,
        due: due ?? session.today.adding(workingDays: 2),
        urgent: true)
      try ActionOperations.insert(tx, action)
      let id = AuditReads.caseID(auditID, reference)
      if try tx.db.row("SELECT id FROM assessment WHERE id = ?", [id]) != nil {
        try tx.update(
          AssessmentTable.self, id: id, auditID: auditID, [(AssessmentTable.escalated, true.dbValue)],
          reason: reason)
      }
      return action.id
    }
  }

  /// Adds a recommendation linked to findings; returns its id.
  public func recommend(_ auditID: AuditID, text: String, findings: [String]) throws -> Saved<
    RecommendationID
  > {
    try addRecommendation(auditID, id: nil, text: text, findings: findings)
  }

  /// Writes a deleted recommendation again under its own id: the inverse of a deletion.
  @discardableResult
  public func restoreRecommendation(_ recommendation: Recommendation) throws -> Saved<RecommendationID> {
    try addRecommendation(
      recommendation.auditID, id: recommendation.id, text: recommendation.text,
      findings: recommendation.findings.map(\.value))
  }

  private func addRecommendation(_ auditID: AuditID, id: RecommendationID?, text: String, findings: [String])
    throws -> Saved<RecommendationID>
  {
    try Recommendation.validate(text: text)
    let tags = try findings.map { tag throws(DomainError) in try FindingTag(validating: tag) }.uniqued
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(text, field: .text, auditID: auditID)
      let next =
        try tx.db.value(
          Int.self, "SELECT COALESCE(MAX(CAST(substr(id, 3) AS INTEGER)), 0) + 1 FROM recommendation") ?? 1
      let position =
        try tx.db.value(
          Int.self, "SELECT COALESCE(MAX(position), 0) + 1 FROM recommendation WHERE audit_id = ?", [auditID])
        ?? 1
      let id = id ?? RecommendationID(rawValue: "R-\(next)")
      try tx.insert(
        RecommendationTable.self, id: id.rawValue, auditID: auditID,
        [
          (RecommendationTable.auditID, auditID.sqlValue),
          (RecommendationTable.text, text.trimmingWhitespace.sqlValue),
          (RecommendationTable.findingsJSON, JSONColumn.encode(tags)),
          (RecommendationTable.position, position.sqlValue),
        ])
      return id
    }
  }

  /// Changes a recommendation's text and, when given, its findings.
  @discardableResult
  public func editRecommendation(_ id: RecommendationID, text: String?, findings: [String]?) throws -> Saved<
    Void
  > {
    if let text { try Recommendation.validate(text: text) }
    let tags = try findings.map {
      try $0.map { tag throws(DomainError) in try FindingTag(validating: tag) }.uniqued
    }
    return try saving { tx in
      let auditID = try Self.recommendationAudit(tx.db, id)
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(text, field: .text, auditID: auditID)
      var changes: [(String, SQLValue)] = []
      if let text { changes.append((RecommendationTable.text, text.trimmingWhitespace.sqlValue)) }
      if let tags { changes.append((RecommendationTable.findingsJSON, JSONColumn.encode(tags))) }
      try tx.update(RecommendationTable.self, id: id.rawValue, auditID: auditID, changes)
    }
  }

  /// Deletes a recommendation that has no actions raised from it.
  public func deleteRecommendation(_ id: RecommendationID, reason: String? = nil) throws {
    try perform { tx in
      let auditID = try Self.recommendationAudit(tx.db, id)
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let actions = try tx.db.values(
        String.self, "SELECT id FROM action WHERE source_kind = 'recommendation' AND source_ref = ?", [id])
      guard actions.isEmpty else {
        throw DomainError.refused(
          "recommendation \(id) has actions (\(actions.joined(separator: ", "))); close or move them first")
      }
      try tx.delete(RecommendationTable.self, id: id.rawValue, auditID: auditID, reason: reason)
    }
  }

  static func recommendationAudit(_ db: any StoreConnection, _ id: RecommendationID) throws -> AuditID {
    guard
      let audit = try db.value(AuditID.self, "SELECT audit_id FROM recommendation WHERE id = ?", [id])
    else { throw DomainError.notFound(kind: "recommendation", id: id.rawValue) }
    return audit
  }

  /// Resolves a domain id or title (case-insensitive, unambiguous prefix) within a theme.
  static func domainID(_ text: String, in theme: Theme) throws(DomainError) -> String {
    if theme.domain(text) != nil { return text }
    let key = text.lowercased()
    let matches = theme.domains.filter {
      $0.id.lowercased().hasPrefix(key) || $0.title.lowercased().hasPrefix(key)
    }
    if matches.count == 1 { return matches[0].id }
    if matches.isEmpty {
      throw .invalid(
        field: "domain", value: text,
        reason:
          "is not a domain of theme \(theme.id) (domains: \(theme.domains.map(\.id).joined(separator: ", ")))"
      )
    }
    throw .ambiguous(kind: "domain", value: text, matches: matches.map(\.id))
  }
}

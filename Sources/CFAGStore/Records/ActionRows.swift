import CFAGDomain

/// Reading and writing tracker actions as rows.
enum ActionRows {
  static func action(_ row: SQLRow, progress: [ProgressNote]) throws -> TrackerAction {
    let row = RowReader(row, table: ActionTable.self)
    let reference = (try row.optional(ActionTable.reference) as String?).map(CaseReference.init(trusted:))
    let audit: AuditID? = try row.optional(ActionTable.auditID)
    let sourceRef: String = try row.optional(ActionTable.sourceRef) ?? ""
    let source: ActionSource =
      switch try row.value(ActionTable.sourceKind) as String {
      case "recommendation": .recommendation(id: RecommendationID(rawValue: sourceRef), auditID: audit ?? "")
      case "escalation": .escalation(auditID: audit ?? "", reference: reference ?? CaseReference(trusted: ""))
      case "case": .auditCase(auditID: audit ?? "", reference: reference)
      default: .other(sourceRef)
      }
    let override = try row.optionalRaw(RAG.self, ActionTable.ragOverride).map {
      RAGOverride(rag: $0, reason: try row.optional(ActionTable.ragReason) ?? "")
    }
    let closedBy: String? = try row.optional(ActionTable.closedBy)
    let closedOn = try row.optionalDay(ActionTable.closedOn)
    return TrackerAction(
      id: try row.value(ActionTable.id), text: try row.value(ActionTable.text), source: source,
      owner: try row.value(ActionTable.owner),
      lead: try row.value(ActionTable.lead), created: try row.day(ActionTable.created),
      due: try row.day(ActionTable.due),
      dueRevisions: try row.array(DueRevision.self, ActionTable.dueRevisionsJSON),
      status: try row.raw(ActionStatus.self, ActionTable.status),
      confidence: try row.raw(Confidence.self, ActionTable.confidence),
      ragOverride: override, progress: progress, evidenceOfImpact: try row.value(ActionTable.evidence),
      closure: closedBy.flatMap { by in closedOn.map { Closure(by: by, on: $0) } },
      urgent: try row.value(ActionTable.urgent), reaudit: try row.value(ActionTable.reaudit))
  }

  static func values(_ action: TrackerAction) -> [(String, SQLValue)] {
    let (kind, ref, audit, reference): (String, String?, AuditID?, String?) =
      switch action.source {
      case .recommendation(let id, let audit): ("recommendation", id.rawValue, audit, nil)
      case .escalation(let audit, let reference): ("escalation", nil, audit, reference.value)
      case .auditCase(let audit, let reference): ("case", nil, audit, reference?.value)
      case .other(let text): ("other", text, nil, nil)
      }
    return [
      (ActionTable.text, action.text.sqlValue), (ActionTable.sourceKind, kind.sqlValue),
      (ActionTable.sourceRef, ref.dbValue),
      (ActionTable.auditID, audit?.sqlValue ?? .null), (ActionTable.reference, reference.dbValue),
      (ActionTable.owner, action.owner.sqlValue),
      (ActionTable.lead, action.lead.sqlValue), (ActionTable.created, action.created.iso.sqlValue),
      (ActionTable.due, action.due.iso.sqlValue),
      (ActionTable.dueRevisionsJSON, JSONColumn.encode(action.dueRevisions)),
      (ActionTable.status, action.status.rawValue.sqlValue),
      (ActionTable.confidence, action.confidence.rawValue.sqlValue),
      (ActionTable.ragOverride, (action.ragOverride?.rag.rawValue).dbValue),
      (ActionTable.ragReason, (action.ragOverride?.reason).dbValue),
      (ActionTable.evidence, action.evidenceOfImpact.sqlValue),
      (ActionTable.closedBy, (action.closure?.by).dbValue),
      (ActionTable.closedOn, (action.closure?.on.iso).dbValue), (ActionTable.urgent, action.urgent.dbValue),
      (ActionTable.reaudit, action.reaudit.dbValue),
    ]
  }

  static func progress(_ row: SQLRow) throws -> ProgressNote {
    let row = RowReader(row, table: ActionProgressTable.self)
    return ProgressNote(
      on: try row.day(ActionProgressTable.onDay), author: try row.value(ActionProgressTable.author),
      text: try row.value(ActionProgressTable.text))
  }
}

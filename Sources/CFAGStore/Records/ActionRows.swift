import CFAGDomain
import GRDB

/// Reading and writing tracker actions as rows.
enum ActionRows {
  static func action(_ row: Row, progress: [ProgressNote]) throws -> TrackerAction {
    let row = RowReader(row, table: "action")
    let reference = (try row.optional("reference") as String?).map(CaseReference.init(trusted:))
    let audit: AuditID? = try row.optional("audit_id")
    let sourceRef: String = try row.optional("source_ref") ?? ""
    let source: ActionSource =
      switch try row.value("source_kind") as String {
      case "recommendation": .recommendation(id: RecommendationID(rawValue: sourceRef), auditID: audit ?? "")
      case "escalation": .escalation(auditID: audit ?? "", reference: reference ?? CaseReference(trusted: ""))
      case "case": .auditCase(auditID: audit ?? "", reference: reference)
      default: .other(sourceRef)
      }
    let override = try row.optionalRaw(RAG.self, "rag_override").map {
      RAGOverride(rag: $0, reason: try row.optional("rag_reason") ?? "")
    }
    let closedBy: String? = try row.optional("closed_by")
    let closedOn = try row.optionalDay("closed_on")
    return TrackerAction(
      id: try row.value("id"), text: try row.value("text"), source: source, owner: try row.value("owner"),
      lead: try row.value("lead"), created: try row.day("created"), due: try row.day("due"),
      dueRevisions: try row.array(DueRevision.self, "due_revisions_json"),
      status: try row.raw(ActionStatus.self, "status"),
      confidence: try row.raw(Confidence.self, "confidence"),
      ragOverride: override, progress: progress, evidenceOfImpact: try row.value("evidence"),
      closure: closedBy.flatMap { by in closedOn.map { Closure(by: by, on: $0) } },
      urgent: try row.value("urgent"), reaudit: try row.value("reaudit"))
  }

  static func values(_ action: TrackerAction) -> [(String, DatabaseValue)] {
    let (kind, ref, audit, reference): (String, String?, AuditID?, String?) =
      switch action.source {
      case .recommendation(let id, let audit): ("recommendation", id.rawValue, audit, nil)
      case .escalation(let audit, let reference): ("escalation", nil, audit, reference.value)
      case .auditCase(let audit, let reference): ("case", nil, audit, reference?.value)
      case .other(let text): ("other", text, nil, nil)
      }
    return [
      ("text", action.text.databaseValue), ("source_kind", kind.databaseValue), ("source_ref", ref.dbValue),
      ("audit_id", audit?.databaseValue ?? .null), ("reference", reference.dbValue),
      ("owner", action.owner.databaseValue),
      ("lead", action.lead.databaseValue), ("created", action.created.iso.databaseValue),
      ("due", action.due.iso.databaseValue), ("due_revisions_json", JSONColumn.encode(action.dueRevisions)),
      ("status", action.status.rawValue.databaseValue),
      ("confidence", action.confidence.rawValue.databaseValue),
      ("rag_override", (action.ragOverride?.rag.rawValue).dbValue),
      ("rag_reason", (action.ragOverride?.reason).dbValue),
      ("evidence", action.evidenceOfImpact.databaseValue), ("closed_by", (action.closure?.by).dbValue),
      ("closed_on", (action.closure?.on.iso).dbValue), ("urgent", action.urgent.dbValue),
      ("reaudit", action.reaudit.dbValue),
    ]
  }

  static func progress(_ row: Row) throws -> ProgressNote {
    let row = RowReader(row, table: "action_progress")
    return ProgressNote(
      on: try row.day("on_day"), author: try row.value("author"), text: try row.value("text"))
  }
}

import CFAGDomain
import GRDB

/// Reading and writing tracker actions as rows.
enum ActionRows {
  static func action(_ row: Row, progress: [ProgressNote]) throws -> TrackerAction {
    let reference = (row["reference"] as String?).map(CaseReference.init(trusted:))
    let audit: AuditID? = row["audit_id"]
    let sourceRef: String = row["source_ref"] ?? ""
    let source: ActionSource =
      switch row["source_kind"] as String {
      case "recommendation": .recommendation(id: RecommendationID(rawValue: sourceRef), auditID: audit ?? "")
      case "escalation": .escalation(auditID: audit ?? "", reference: reference ?? CaseReference(trusted: ""))
      case "case": .auditCase(auditID: audit ?? "", reference: reference)
      default: .other(sourceRef)
      }
    let override = (row["rag_override"] as String?).flatMap(RAG.init(rawValue:)).map {
      RAGOverride(rag: $0, reason: row["rag_reason"] ?? "")
    }
    let closedBy: String? = row["closed_by"]
    return TrackerAction(
      id: row["id"], text: row["text"], source: source, owner: row["owner"], lead: row["lead"],
      created: Day(iso: row["created"])!, due: Day(iso: row["due"])!,
      dueRevisions: try JSONColumn.decodeArray(DueRevision.self, row["due_revisions_json"]),
      status: ActionStatus(rawValue: row["status"]) ?? .notStarted,
      confidence: Confidence(rawValue: row["confidence"]) ?? .onTrack, ragOverride: override,
      progress: progress,
      evidenceOfImpact: row["evidence"],
      closure: closedBy.flatMap { by in
        (row["closed_on"] as String?).flatMap(Day.init(iso:)).map { Closure(by: by, on: $0) }
      },
      urgent: row["urgent"], reaudit: row["reaudit"])
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

  static func progress(_ row: Row) -> ProgressNote {
    ProgressNote(on: Day(iso: row["on_day"])!, author: row["author"], text: row["text"])
  }
}

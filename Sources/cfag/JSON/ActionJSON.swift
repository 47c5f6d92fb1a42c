import CFAGDomain
import CFAGStore

/// `cfag actions list --json`: one action, with its RAG today.
struct ActionJSON: Encodable {
  struct SourceJSON: Encodable {
    var kind: String
    var auditId: String?
    var recommendationId: String?
    var caseReference: String?
    var text: String?
  }

  struct NoteJSON: Encodable {
    var on: String
    var author: String
    var text: String
  }

  struct RevisionJSON: Encodable {
    var from: String
    var to: String
    var reason: String
    var on: String
  }

  var id: String
  var text: String
  var source: SourceJSON
  var owner: String
  var lead: String
  var created: String
  var due: String
  var dueRevisions: [RevisionJSON]
  var status: String
  var confidence: String
  var rag: String
  var derivedRag: String
  var ragOverride: String?
  var ragReason: String?
  var overdue: Bool
  var urgent: Bool
  var reaudit: Bool
  var evidence: String
  var closedBy: String?
  var closedOn: String?
  var progress: [NoteJSON]
  var smartWarnings: [String]

  init(_ action: TrackerAction, today: Day) {
    id = action.id.rawValue
    text = action.text
    source =
      switch action.source {
      case .recommendation(let id, let audit):
        SourceJSON(kind: "recommendation", auditId: audit.rawValue, recommendationId: id.rawValue)
      case .escalation(let audit, let reference):
        SourceJSON(kind: "escalation", auditId: audit.rawValue, caseReference: reference.value)
      case .auditCase(let audit, let reference):
        SourceJSON(kind: "audit", auditId: audit.rawValue, caseReference: reference?.value)
      case .other(let words): SourceJSON(kind: "other", text: words)
      }
    owner = action.owner
    lead = action.lead
    created = action.created.iso
    due = action.due.iso
    dueRevisions = action.dueRevisions.map {
      RevisionJSON(from: $0.from.iso, to: $0.to.iso, reason: $0.reason, on: $0.on.iso)
    }
    status = action.status.rawValue
    confidence = action.confidence.rawValue
    rag = action.rag(today: today).rawValue
    derivedRag = action.derivedRAG(today: today).rawValue
    ragOverride = action.ragOverride?.rag.rawValue
    ragReason = action.ragOverride?.reason
    overdue = action.isOverdue(today: today)
    urgent = action.urgent
    reaudit = action.reaudit
    evidence = action.evidenceOfImpact
    closedBy = action.closure?.by
    closedOn = action.closure?.on.iso
    progress = action.progress.map { NoteJSON(on: $0.on.iso, author: $0.author, text: $0.text) }
    smartWarnings = action.smartWarnings
  }
}

/// `cfag actions show --json`: the action and its trail back to the cases.
struct ActionTrailJSON: Encodable {
  struct TrailCaseJSON: Encodable {
    var reference: String
    var label: String
    var grade: String?
    var escalated: Bool
    var findings: [String]
  }

  var action: ActionJSON
  var ownerName: String
  var audit: AuditSummaryJSON?
  var recommendation: RecommendationJSON?
  var findings: [String]
  var cases: [TrailCaseJSON]

  init(_ trail: ActionTrail, today: Day) {
    action = ActionJSON(trail.action, today: today)
    ownerName = trail.ownerName
    audit = trail.audit.map(AuditSummaryJSON.init)
    recommendation = trail.recommendation.map(RecommendationJSON.init)
    findings = trail.findings.map(\.value)
    cases = trail.cases.map {
      TrailCaseJSON(
        reference: $0.reference.value, label: $0.label, grade: $0.grade?.rawValue, escalated: $0.escalated,
        findings: $0.findings.map(\.value))
    }
  }
}

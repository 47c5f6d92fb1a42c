import CFAGDomain
import GRDB

/// Reading audits and their cases, returns, assessments and recommendations back from rows.
enum AuditRows {
  static func audit(_ row: Row) throws -> Audit {
    let row = RowReader(row, table: "audit")
    let signedBy: String? = try row.optional("signed_off_by")
    let signedOn = try row.optionalDay("signed_off_on")
    return Audit(
      id: try row.value("id"), title: try row.value("title"), theme: try row.json(Theme.self, "theme_json"),
      meetingDate: try row.day("meeting_date"), chair: try row.optional("chair"),
      panelAgencies: try row.array(String.self, "panel_agencies"),
      returnsDue: try row.optionalDay("returns_due"),
      sample: try row.optionalJSON(SampleRecord.self, "sample_json"),
      signOff: signedBy.flatMap { by in signedOn.map { SignOff(by: by, on: $0) } },
      openAmendment: try row.optionalJSON(Amendment.self, "amendment_json"))
  }

  static func auditCase(_ row: Row) throws -> AuditCase {
    let row = RowReader(row, table: "audit_case")
    let order: Int? = try row.optional("draw_order")
    let selection: AuditCase.Selection =
      switch try row.value("selection") as String {
      case "random": .random(order: order ?? 0)
      case "reserve": .reserve(order: order ?? 0)
      default: .manual(reason: try row.optional("selection_reason") ?? "")
      }
    let reason: String = try row.optional("status_reason") ?? ""
    let status: AuditCase.Status =
      switch try row.value("status") as String {
      case "reserve": .reserve
      case "replaced": .replaced(reason: reason)
      case "removed": .removed(reason: reason)
      default: .included
      }
    return AuditCase(
      reference: CaseReference(trusted: try row.value("reference")), selection: selection, status: status,
      planType: try row.optionalRaw(PlanType.self, "plan_type"),
      ageBand: try row.optionalRaw(AgeBand.self, "age_band"))
  }

  static func agencyReturn(_ row: Row) throws -> AgencyReturn {
    let row = RowReader(row, table: "agency_return")
    return AgencyReturn(
      reference: CaseReference(trusted: try row.value("reference")), agency: try row.value("agency_id"),
      involved: try row.value("involved"), knownBecause: try row.value("known_because"),
      workDone: try row.value("work_done"), strengths: try row.value("strengths"),
      gaps: try row.value("gaps"),
      voiceOfChild: try row.value("voice"), answers: try row.map(Answer.self, "answers_json"),
      domainGrades: try row.map(DomainJudgement.self, "domain_grades_json"),
      overallGrade: try row.optionalRaw(Grade.self, "overall_grade"))
  }

  static func assessment(_ row: Row) throws -> PanelAssessment {
    let row = RowReader(row, table: "assessment")
    return PanelAssessment(
      reference: CaseReference(trusted: try row.value("reference")),
      overall: try row.raw(Grade.self, "overall_grade"), rationale: try row.value("rationale"),
      domainGrades: try row.map(DomainJudgement.self, "domain_grades_json"),
      findings: try row.array(FindingTag.self, "findings_json"), goodPractice: try row.value("good_practice"),
      voiceOfChild: try row.value("voice"), escalated: try row.value("escalated"))
  }

  static func recommendation(_ row: Row) throws -> Recommendation {
    let row = RowReader(row, table: "recommendation")
    return Recommendation(
      id: try row.value("id"), auditID: try row.value("audit_id"), text: try row.value("text"),
      findings: try row.array(FindingTag.self, "findings_json"))
  }

  /// Column values for an assessment.
  static func values(_ assessment: PanelAssessment) -> [(String, DatabaseValue)] {
    [
      ("overall_grade", assessment.overall.rawValue.databaseValue),
      ("rationale", assessment.rationale.databaseValue),
      ("domain_grades_json", JSONColumn.encode(assessment.domainGrades)),
      ("findings_json", JSONColumn.encode(assessment.findings)),
      ("good_practice", assessment.goodPractice.databaseValue),
      ("voice", assessment.voiceOfChild.databaseValue),
      ("escalated", assessment.escalated.dbValue),
    ]
  }

  /// Column values for an agency return.
  static func values(_ agencyReturn: AgencyReturn) -> [(String, DatabaseValue)] {
    [
      ("involved", agencyReturn.involved.dbValue),
      ("known_because", agencyReturn.knownBecause.databaseValue),
      ("work_done", agencyReturn.workDone.databaseValue),
      ("strengths", agencyReturn.strengths.databaseValue),
      ("gaps", agencyReturn.gaps.databaseValue),
      ("voice", agencyReturn.voiceOfChild.databaseValue),
      ("answers_json", JSONColumn.encode(agencyReturn.answers)),
      ("domain_grades_json", JSONColumn.encode(agencyReturn.domainGrades)),
      ("overall_grade", (agencyReturn.overallGrade?.rawValue).dbValue),
    ]
  }

  /// Column values for a case's selection and status.
  static func values(_ auditCase: AuditCase) -> [(String, DatabaseValue)] {
    let (selection, order, selectionReason): (String, Int?, String?) =
      switch auditCase.selection {
      case .random(let order): ("random", order, nil)
      case .reserve(let order): ("reserve", order, nil)
      case .manual(let reason): ("manual", nil, reason)
      }
    let (status, statusReason): (String, String?) =
      switch auditCase.status {
      case .included: ("included", nil)
      case .reserve: ("reserve", nil)
      case .replaced(let reason): ("replaced", reason)
      case .removed(let reason): ("removed", reason)
      }
    return [
      ("selection", selection.databaseValue), ("draw_order", order.dbValue),
      ("selection_reason", selectionReason.dbValue), ("status", status.databaseValue),
      ("status_reason", statusReason.dbValue), ("plan_type", (auditCase.planType?.rawValue).dbValue),
      ("age_band", (auditCase.ageBand?.rawValue).dbValue),
    ]
  }
}

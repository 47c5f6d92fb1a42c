import CFAGDomain
import GRDB

/// Reading audits and their cases, returns, assessments and recommendations back from rows.
enum AuditRows {
  static func audit(_ row: Row) throws -> Audit {
    let theme = try JSONColumn.decode(Theme.self, row["theme_json"])!
    let signedBy: String? = row["signed_off_by"]
    let signedOn: String? = row["signed_off_on"]
    return Audit(
      id: row["id"], title: row["title"], theme: theme, meetingDate: Day(iso: row["meeting_date"])!,
      chair: row["chair"], panelAgencies: try JSONColumn.decodeArray(String.self, row["panel_agencies"]),
      returnsDue: (row["returns_due"] as String?).flatMap(Day.init(iso:)),
      sample: try JSONColumn.decode(SampleRecord.self, row["sample_json"]),
      signOff: signedBy.flatMap { by in signedOn.flatMap(Day.init(iso:)).map { SignOff(by: by, on: $0) } },
      openAmendment: try JSONColumn.decode(Amendment.self, row["amendment_json"]))
  }

  static func auditCase(_ row: Row) -> AuditCase {
    let order: Int? = row["draw_order"]
    let selection: AuditCase.Selection =
      switch row["selection"] as String {
      case "random": .random(order: order ?? 0)
      case "reserve": .reserve(order: order ?? 0)
      default: .manual(reason: row["selection_reason"] ?? "")
      }
    let reason: String = row["status_reason"] ?? ""
    let status: AuditCase.Status =
      switch row["status"] as String {
      case "reserve": .reserve
      case "replaced": .replaced(reason: reason)
      case "removed": .removed(reason: reason)
      default: .included
      }
    return AuditCase(
      reference: CaseReference(trusted: row["reference"]), selection: selection, status: status,
      planType: (row["plan_type"] as String?).flatMap(PlanType.init(rawValue:)),
      ageBand: (row["age_band"] as String?).flatMap(AgeBand.init(rawValue:)))
  }

  static func agencyReturn(_ row: Row) throws -> AgencyReturn {
    AgencyReturn(
      reference: CaseReference(trusted: row["reference"]), agency: row["agency_id"],
      involved: row["involved"], knownBecause: row["known_because"], workDone: row["work_done"],
      strengths: row["strengths"], gaps: row["gaps"], voiceOfChild: row["voice"],
      answers: try JSONColumn.decodeMap(Answer.self, row["answers_json"]),
      domainGrades: try JSONColumn.decodeMap(DomainJudgement.self, row["domain_grades_json"]),
      overallGrade: (row["overall_grade"] as String?).flatMap(Grade.init(rawValue:)))
  }

  static func assessment(_ row: Row) throws -> PanelAssessment {
    PanelAssessment(
      reference: CaseReference(trusted: row["reference"]), overall: Grade(rawValue: row["overall_grade"])!,
      rationale: row["rationale"],
      domainGrades: try JSONColumn.decodeMap(DomainJudgement.self, row["domain_grades_json"]),
      findings: try JSONColumn.decodeArray(FindingTag.self, row["findings_json"]),
      goodPractice: row["good_practice"], voiceOfChild: row["voice"], escalated: row["escalated"])
  }

  static func recommendation(_ row: Row) throws -> Recommendation {
    Recommendation(
      id: row["id"], auditID: row["audit_id"], text: row["text"],
      findings: try JSONColumn.decodeArray(FindingTag.self, row["findings_json"]))
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

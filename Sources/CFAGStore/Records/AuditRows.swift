import CFAGDomain

/// Reading audits and their cases, returns, assessments and recommendations back from rows.
enum AuditRows {
  static func audit(_ row: SQLRow) throws -> Audit {
    try audit(row, themes: JSONColumnCache())
  }

  /// The audits' sample records decoded so far, by their text: an audit is read again and again
  /// (every return, every grade), its sample the same text each time, and a record is a pure
  /// function of its text.
  private static let samples = JSONColumnCache<SampleRecord>()

  /// An audit, its theme's copy decoded once per distinct text in `themes`.
  static func audit(_ row: SQLRow, themes: JSONColumnCache<Theme>) throws -> Audit {
    let row = RowReader(row, table: AuditTable.self)
    let signedBy: String? = try row.optional(AuditTable.signedOffBy)
    let signedOn = try row.optionalDay(AuditTable.signedOffOn)
    return Audit(
      id: try row.value(AuditTable.id), title: try row.value(AuditTable.title),
      theme: try row.json(Theme.self, AuditTable.themeJSON, cache: themes),
      meetingDate: try row.day(AuditTable.meetingDate), chair: try row.optional(AuditTable.chair),
      panelAgencies: try row.array(String.self, AuditTable.panelAgencies),
      returnsDue: try row.optionalDay(AuditTable.returnsDue),
      sample: try row.optionalJSON(SampleRecord.self, AuditTable.sampleJSON, cache: samples),
      signOff: signedBy.flatMap { by in signedOn.map { SignOff(by: by, on: $0) } },
      openAmendment: try row.optionalJSON(Amendment.self, AuditTable.amendmentJSON))
  }

  /// The audit a row of one of an audit's tables belongs to.
  static func auditID(_ row: SQLRow, _ table: any StoredTable.Type) throws -> AuditID {
    try RowReader(row, table: table).value(AuditCaseTable.auditID)
  }

  static func auditCase(_ row: SQLRow) throws -> AuditCase {
    let row = RowReader(row, table: AuditCaseTable.self)
    let order: Int? = try row.optional(AuditCaseTable.drawOrder)
    let selection: AuditCase.Selection =
      switch try row.value(AuditCaseTable.selection) as String {
      case "random": .random(order: order ?? 0)
      case "reserve": .reserve(order: order ?? 0)
      default: .manual(reason: try row.optional(AuditCaseTable.selectionReason) ?? "")
      }
    let reason: String = try row.optional(AuditCaseTable.statusReason) ?? ""
    let status: AuditCase.Status =
      switch try row.value(AuditCaseTable.status) as String {
      case "reserve": .reserve
      case "replaced": .replaced(reason: reason)
      case "removed": .removed(reason: reason)
      default: .included
      }
    return AuditCase(
      reference: CaseReference(trusted: try row.value(AuditCaseTable.reference)), selection: selection,
      status: status,
      planType: try row.optionalRaw(PlanType.self, AuditCaseTable.planType),
      ageBand: try row.optionalRaw(AgeBand.self, AuditCaseTable.ageBand))
  }

  static func agencyReturn(_ row: SQLRow) throws -> AgencyReturn {
    let row = RowReader(row, table: AgencyReturnTable.self)
    return AgencyReturn(
      reference: CaseReference(trusted: try row.value(AgencyReturnTable.reference)),
      agency: try row.value(AgencyReturnTable.agencyID),
      involved: try row.value(AgencyReturnTable.involved),
      knownBecause: try row.value(AgencyReturnTable.knownBecause),
      workDone: try row.value(AgencyReturnTable.workDone),
      strengths: try row.value(AgencyReturnTable.strengths),
      gaps: try row.value(AgencyReturnTable.gaps),
      voiceOfChild: try row.value(AgencyReturnTable.voice),
      answers: try row.map(Answer.self, AgencyReturnTable.answersJSON),
      domainGrades: try row.map(DomainJudgement.self, AgencyReturnTable.domainGradesJSON),
      notApplicable: Set(try row.array(String.self, AgencyReturnTable.notApplicableJSON)),
      overallGrade: try row.optionalRaw(Grade.self, AgencyReturnTable.overallGrade))
  }

  /// The columns an assessment's figures are read from (`assessment(_:figuresOnly: true)`).
  static let assessmentFigureColumns = [
    AssessmentTable.id, AssessmentTable.auditID, AssessmentTable.reference, AssessmentTable.overallGrade,
    AssessmentTable.findingsJSON, AssessmentTable.escalated,
  ]

  static func assessment(_ row: SQLRow) throws -> PanelAssessment { try assessment(row, figuresOnly: false) }

  /// An assessment; with `figuresOnly`, from `assessmentFigureColumns` alone: its texts are left
  /// empty and its domain grades out.
  static func assessment(_ row: SQLRow, figuresOnly: Bool) throws -> PanelAssessment {
    let row = RowReader(row, table: AssessmentTable.self)
    let text = { (column: String) throws -> String in figuresOnly ? "" : try row.value(column) }
    return PanelAssessment(
      reference: CaseReference(trusted: try row.value(AssessmentTable.reference)),
      overall: try row.raw(Grade.self, AssessmentTable.overallGrade),
      rationale: try text(AssessmentTable.rationale),
      domainGrades: figuresOnly ? [:] : try row.map(DomainJudgement.self, AssessmentTable.domainGradesJSON),
      findings: try row.array(FindingTag.self, AssessmentTable.findingsJSON),
      goodPractice: try text(AssessmentTable.goodPractice), voiceOfChild: try text(AssessmentTable.voice),
      escalated: try row.value(AssessmentTable.escalated))
  }

  static func recommendation(_ row: SQLRow) throws -> Recommendation {
    let row = RowReader(row, table: RecommendationTable.self)
    return Recommendation(
      id: try row.value(RecommendationTable.id), auditID: try row.value(RecommendationTable.auditID),
      text: try row.value(RecommendationTable.text),
      findings: try row.array(FindingTag.self, RecommendationTable.findingsJSON))
  }

  /// Column values for an assessment.
  static func values(_ assessment: PanelAssessment) -> [(String, SQLValue)] {
    [
      (AssessmentTable.overallGrade, assessment.overall.rawValue.sqlValue),
      (AssessmentTable.rationale, assessment.rationale.sqlValue),
      (AssessmentTable.domainGradesJSON, JSONColumnWriter.judgements(assessment.domainGrades)),
      (AssessmentTable.findingsJSON, JSONColumn.encode(assessment.findings)),
      (AssessmentTable.goodPractice, assessment.goodPractice.sqlValue),
      (AssessmentTable.voice, assessment.voiceOfChild.sqlValue),
      (AssessmentTable.escalated, assessment.escalated.dbValue),
    ]
  }

  /// Column values for an agency return.
  static func values(_ agencyReturn: AgencyReturn) -> [(String, SQLValue)] {
    [
      (AgencyReturnTable.involved, agencyReturn.involved.dbValue),
      (AgencyReturnTable.knownBecause, agencyReturn.knownBecause.sqlValue),
      (AgencyReturnTable.workDone, agencyReturn.workDone.sqlValue),
      (AgencyReturnTable.strengths, agencyReturn.strengths.sqlValue),
      (AgencyReturnTable.gaps, agencyReturn.gaps.sqlValue),
      (AgencyReturnTable.voice, agencyReturn.voiceOfChild.sqlValue),
      (AgencyReturnTable.answersJSON, JSONColumnWriter.answers(agencyReturn.answers)),
      (AgencyReturnTable.domainGradesJSON, JSONColumnWriter.judgements(agencyReturn.domainGrades)),
      (AgencyReturnTable.overallGrade, (agencyReturn.overallGrade?.rawValue).dbValue),
      (AgencyReturnTable.notApplicableJSON, JSONColumnWriter.texts(agencyReturn.notApplicable.sorted())),
    ]
  }

  /// Column values for a case's selection and status.
  static func values(_ auditCase: AuditCase) -> [(String, SQLValue)] {
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
      (AuditCaseTable.selection, selection.sqlValue), (AuditCaseTable.drawOrder, order.dbValue),
      (AuditCaseTable.selectionReason, selectionReason.dbValue),
      (AuditCaseTable.status, status.sqlValue),
      (AuditCaseTable.statusReason, statusReason.dbValue),
      (AuditCaseTable.planType, (auditCase.planType?.rawValue).dbValue),
      (AuditCaseTable.ageBand, (auditCase.ageBand?.rawValue).dbValue),
    ]
  }
}

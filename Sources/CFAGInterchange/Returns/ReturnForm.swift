import CFAGDomain

/// What a return template is made from: the audit, the agency asked, the cases and the theme.
public struct ReturnForm: Sendable {
  public var auditID: AuditID
  public var auditTitle: String
  public var theme: Theme
  public var agency: Agency
  public var cases: [CaseReference]
  public var due: Day?
  /// Whether the agency sits on the audit's panel (why it is asked about every case).
  public var onPanel: Bool
  /// Coarse facts about each case for the form ("child in need plan, age 5–9").
  public var caseDetails: [CaseReference: String]

  public init(
    auditID: AuditID, auditTitle: String, theme: Theme, agency: Agency, cases: [CaseReference], due: Day?,
    onPanel: Bool = true, caseDetails: [CaseReference: String] = [:]
  ) {
    self.auditID = auditID
    self.auditTitle = auditTitle
    self.theme = theme
    self.agency = agency
    self.cases = cases
    self.due = due
    self.onPanel = onPanel
    self.caseDetails = caseDetails
  }

  /// The form for an agency: the audit's included cases and its theme.
  public init(record: AuditRecord, agency: Agency) {
    var details: [CaseReference: String] = [:]
    for auditCase in record.includedCases {
      let facts = [auditCase.planType?.label, auditCase.ageBand.map { "age \($0.label)" }].compactMap { $0 }
      if !facts.isEmpty { details[auditCase.reference] = facts.joined(separator: ", ") }
    }
    self.init(
      auditID: record.audit.id, auditTitle: record.audit.title, theme: record.audit.theme, agency: agency,
      cases: record.includedCases.map(\.reference), due: record.audit.returnsDue,
      onPanel: record.audit.panelAgencies.contains(agency.id), caseDetails: details)
  }

  /// Why the agency is asked about a case, in a sentence for the form.
  public func whyAsked(_ reference: CaseReference) -> String {
    let facts = caseDetails[reference].map { " (\($0))" } ?? ""
    return onPanel
      ? "\(agency.name) sits on this audit's panel, so it audits its own records on every case\(facts). "
        + "If it had no involvement with this child, choose No under involvement and leave the rest blank."
      : "\(agency.name) is asked because it may hold records on this child\(facts). "
        + "If it had no involvement, choose No under involvement and leave the rest blank."
  }
}

import CFAGDomain

/// What a return template is made from: the audit, the agency asked, the cases and the theme.
public struct ReturnForm: Sendable {
  public var auditID: AuditID
  public var auditTitle: String
  public var theme: Theme
  public var agency: Agency
  public var cases: [CaseReference]
  public var due: Day?

  public init(
    auditID: AuditID, auditTitle: String, theme: Theme, agency: Agency, cases: [CaseReference], due: Day?
  ) {
    self.auditID = auditID
    self.auditTitle = auditTitle
    self.theme = theme
    self.agency = agency
    self.cases = cases
    self.due = due
  }

  /// The form for an agency: the audit's included cases and its theme.
  public init(record: AuditRecord, agency: Agency) {
    self.init(
      auditID: record.audit.id, auditTitle: record.audit.title, theme: record.audit.theme, agency: agency,
      cases: record.includedCases.map(\.reference), due: record.audit.returnsDue)
  }
}

import CFAGDomain

/// The end of the meeting: grades so far, finding tags by count, and the escalations made.
public struct SummaryState {
  public var auditID: AuditID
  public var scroll = 0

  public init(auditID: AuditID) {
    self.auditID = auditID
  }
}

/// What the summary screen does.
public enum SummaryAction: Sendable {
  case move(ListMove)
}

import CFAGDomain

/// Meeting mode: the audit's cases one after another on a projected screen, with a timer.
public struct MeetingState {
  public var auditID: AuditID
  /// The case under discussion, by position among the included cases.
  public var index = 0
  /// Monotonic seconds when the meeting, and the current case, started.
  public var startedAt: Int
  public var caseStartedAt: Int
  /// Show the agenda beside the projector view.
  public var showsAgenda = true

  public init(auditID: AuditID, now: Int) {
    self.auditID = auditID
    self.startedAt = now
    self.caseStartedAt = now
  }
}

/// What meeting mode does (judging the case is `CaseAction`).
public enum MeetingAction: Sendable {
  case nextCase
  case previousCase
  case openCase
  case summary
  case toggleAgenda
  case askLength
  case setLength(String)
}

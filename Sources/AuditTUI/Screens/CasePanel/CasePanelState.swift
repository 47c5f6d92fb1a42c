import CFAGDomain
import TUIKit

/// One case at the meeting: the agencies' returns, the domains, and the panel's judgement.
public struct CasePanelState {
  public var auditID: AuditID
  public var reference: CaseReference
  public var pane: CasePanelPane = .judgement
  /// The agency return shown when they do not fit side by side.
  public var agencyTab = 0
  public var returnScroll = 0
  public var domains = ListState()
  public var fields = ListState(count: JudgementField.allCases.count)

  public init(auditID: AuditID, reference: CaseReference) {
    self.auditID = auditID
    self.reference = reference
  }
}

public enum CasePanelPane: Sendable, CaseIterable {
  case returns, domains, judgement

  var title: String {
    switch self {
    case .returns: "Agency returns"
    case .domains: "Domains"
    case .judgement: "Panel judgement"
    }
  }
}

/// A row of the judgement pane.
public enum JudgementField: Sendable, CaseIterable {
  case overall, rationale, findings, goodPractice, voice, escalation

  var label: String {
    switch self {
    case .overall: "Overall"
    case .rationale: "Rationale"
    case .findings: "Findings"
    case .goodPractice: "Good practice"
    case .voice: "Voice of child"
    case .escalation: "Escalation"
    }
  }
}

/// What the case panel does (judging itself is `CaseAction`).
public enum CasePanelAction: Sendable {
  case move(ListMove)
  case nextPane
  case previousPane
  case activate
  case nextAgency
  case previousAgency
  case nextCase
  case previousCase
}

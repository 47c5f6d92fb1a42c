import CFAGDomain
import CFAGStore
import TUIKit

/// The panel's findings and the group's recommendations: finding tags with their counts and
/// cases, recommendations linked to them, and the actions raised for each recommendation.
public struct FindingsState {
  public var auditID: AuditID
  public var pane: FindingsPane = .tags
  public var tags = ListState()
  public var recommendations = ListState()
  /// A recommendation is being added: select it once it arrives.
  public var selectsNewest = false

  public init(auditID: AuditID) {
    self.auditID = auditID
  }
}

public enum FindingsPane: Sendable {
  case tags, recommendations
}

/// What the findings screen does.
public enum FindingsAction: Sendable {
  case move(ListMove)
  case nextPane
  case askAdd
  /// The form's values: text, findings.
  case add(FormValues)
  case askEdit
  case edit(id: RecommendationID, FormValues)
  case askDelete
  case delete(id: RecommendationID)
  case askRaise
  case chooseOwner(recommendation: RecommendationID, owner: String)
  /// The form's values: lead, due date, text.
  case raise(recommendation: RecommendationID, owner: String, FormValues)
}

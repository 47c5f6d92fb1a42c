import CFAGDomain
import CFAGStore
import TUIKit

/// The panel's findings and the group's recommendations: finding tags with their counts and
/// cases, recommendations linked to them, and the actions raised for each recommendation.
public struct FindingsState {
  public var auditID: String
  public var pane: FindingsPane = .tags
  public var tags = ListState()
  public var recommendations = ListState()
  /// A recommendation is being added: select it once it arrives.
  public var selectsNewest = false

  public init(auditID: String) {
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
  case add([String])
  case askEdit
  case edit(id: String, [String])
  case askDelete
  case delete(id: String)
  case askRaise
  case chooseOwner(recommendation: String, owner: String)
  /// The form's values: lead, due date, text.
  case raise(recommendation: String, owner: String, [String])
}

/// The findings screen's changes, each one workbench operation.
public enum FindingsEdit: Sendable {
  case recommend(auditID: String, text: String, findings: [String])
  case edit(auditID: String, id: String, text: String, findings: [String])
  case delete(auditID: String, id: String)
  /// Writes a deleted recommendation again (how a deletion is undone).
  case restore(auditID: String, Recommendation)
  case raise(auditID: String, NewAction)

  var auditID: String {
    switch self {
    case .recommend(let id, _, _), .edit(let id, _, _, _), .delete(let id, _), .restore(let id, _),
      .raise(let id, _):
      id
    }
  }

  func perform(_ workbench: Workbench) throws -> String? {
    switch self {
    case .recommend(let id, let text, let findings):
      let new = try workbench.recommend(id, text: text, findings: findings)
      return "It is \(new); A raises its actions."
    case .edit(_, let id, let text, let findings):
      try workbench.editRecommendation(id, text: text, findings: findings)
    case .delete(_, let id):
      try workbench.deleteRecommendation(id)
    case .restore(let id, let recommendation):
      let new = try workbench.recommend(
        id, text: recommendation.text, findings: recommendation.findings.map(\.value))
      return "It is \(new) again."
    case .raise(_, let action):
      let raised = try workbench.addAction(action)
      let warnings = raised.smartWarnings
      return "It is \(raised.id), on the tracker (t)."
        + (warnings.isEmpty ? "" : " Note: " + warnings.joined(separator: "; "))
    }
    return nil
  }
}

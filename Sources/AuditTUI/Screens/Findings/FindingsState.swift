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
  case add(FormValues)
  case askEdit
  case edit(id: String, FormValues)
  case askDelete
  case delete(id: String)
  case askRaise
  case chooseOwner(recommendation: String, owner: String)
  /// The form's values: lead, due date, text.
  case raise(recommendation: String, owner: String, FormValues)
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

  func perform(_ workbench: Workbench) throws -> EditReport {
    switch self {
    case .recommend(let id, let text, let findings):
      let saved = try workbench.recommend(id, text: text, findings: findings)
      return EditReport("It is \(saved.value); A raises its actions.", saved)
    case .edit(_, let id, let text, let findings):
      return EditReport(nil, try workbench.editRecommendation(id, text: text, findings: findings))
    case .delete(_, let id):
      try workbench.deleteRecommendation(id)
      return EditReport()
    case .restore(_, let recommendation):
      let saved = try workbench.restoreRecommendation(recommendation)
      return EditReport("It is \(saved.value) again.", saved)
    case .raise(_, let action):
      let saved = try workbench.addAction(action)
      let warnings = saved.value.smartWarnings
      return EditReport(
        "It is \(saved.value.id), on the tracker (t)."
          + (warnings.isEmpty ? "" : " Note: " + warnings.joined(separator: "; ")), saved)
    }
  }
}

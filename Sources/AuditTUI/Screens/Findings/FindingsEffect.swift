import CFAGDomain
import CFAGStore
import Foundation
import TUIKit

/// The findings screen's changes, each one workbench operation.
public enum FindingsEdit: Sendable {
  case recommend(auditID: AuditID, text: String, findings: [String])
  case edit(auditID: AuditID, id: RecommendationID, text: String, findings: [String])
  case delete(auditID: AuditID, id: RecommendationID)
  /// Writes a deleted recommendation again (how a deletion is undone).
  case restore(auditID: AuditID, Recommendation)
  case raise(auditID: AuditID, NewAction)

  var auditID: AuditID {
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
        "It is \(saved.value.id), on the tracker (7)."
          + (warnings.isEmpty ? "" : " Note: " + warnings.joined(separator: "; ")), saved)
    }
  }
}

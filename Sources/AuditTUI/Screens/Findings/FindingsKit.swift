import CFAGDomain
import TUIKit

extension FindingsState: ScreenKit {
  var name: String { "Findings and recommendations" }
  static var bindings: BindingTable<AppState, AppMessage> { FindingsBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    FindingsView.draw(self, state, into: &buffer, area: area)
  }

  func history(_ state: AppState) -> HistoryState? {
    guard pane == .recommendations, let record = state.record(auditID),
      let recommendation = FindingsUpdate.selectedRecommendation(self, record)
    else { return .ofAudit(auditID) }
    return HistoryState(
      auditID: auditID, title: "recommendation \(recommendation.id)",
      scope: .recommendation(recommendation.id))
  }
}

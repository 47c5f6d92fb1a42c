import TUIKit

/// The findings screen's keys.
enum FindingsBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "a", action: .findings(.askAdd), "Add a recommendation", group: "Recommendations"),
      Binding(
        keys: "A", action: .findings(.askRaise), "Raise an action — for the recommendation",
        group: "Recommendations", when: hasRecommendation),
      Binding(
        keys: "e", action: .findings(.askEdit), "Edit the recommendation", group: "Recommendations",
        when: hasRecommendation),
      Binding(
        keys: "x", action: .findings(.askDelete), "Delete the recommendation", group: "Recommendations",
        inKeyBar: false, when: hasRecommendation),
      Binding(keys: "tab", action: .findings(.nextPane), "Next pane", group: "Recommendations"),
    ] + ListMove.bindings { .findings(.move($0)) })

  @Sendable static func hasRecommendation(_ state: AppState) -> Bool {
    guard case .findings(let screen) = state.screen, screen.pane == .recommendations,
      let record = state.record(screen.auditID)
    else { return false }
    return FindingsUpdate.selectedRecommendation(screen, record) != nil
  }
}

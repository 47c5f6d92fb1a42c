import TUIKit

/// The sampling screen's keys.
enum SamplingBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "d", action: .sampling(.askDraw), "Draw the cases", group: "Sampling"),
      Binding(
        keys: "e", action: .sampling(.askReplace), "Replace the case — with the next reserve",
        group: "Sampling",
        when: hasIncludedCase),
      Binding(
        keys: "o", action: .sampling(.showRecord), "Draw record — seed, pool hash, time", group: "Sampling"),
      Binding(keys: "tab", action: .sampling(.nextPane), "Next pane", group: "Sampling", inKeyBar: false),
    ] + ListMove.bindings { .sampling(.move($0)) })

  @Sendable static func hasIncludedCase(_ state: AppState) -> Bool {
    guard case .sampling(let screen) = state.screen, screen.pane == .cases else { return false }
    return SamplingUpdate.selected(screen, state.record(screen.auditID))?.isIncluded ?? false
  }
}

import TUIKit

/// What the summary screen's actions do: it only scrolls.
enum SummaryUpdate {
  static func update(_ state: inout AppState, _ action: SummaryAction) -> [Command<AppEffect>] {
    guard case .summary(var summary) = state.screen, case .move(let move) = action else { return [] }
    switch move {
    case .up: summary.scroll = max(0, summary.scroll - 1)
    case .down: summary.scroll += 1
    case .pageUp: summary.scroll = max(0, summary.scroll - 10)
    case .pageDown: summary.scroll += 10
    case .top: summary.scroll = 0
    case .bottom: summary.scroll = 10_000
    }
    state.replaceTop(.summary(summary))
    return []
  }
}

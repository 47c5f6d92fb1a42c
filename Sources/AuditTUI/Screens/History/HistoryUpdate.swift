import CFAGDomain
import CFAGStore
import TUIKit

/// Opening the history of whatever is selected, and moving through it.
enum HistoryUpdate {
  static func update(_ state: inout AppState, _ action: HistoryAction) -> [Command<AppEffect>] {
    guard case .history(var screen) = state.screen else { return [] }
    switch action {
    case .move(let move): screen.list.apply(move)
    case .loaded(let records):
      screen.records = records.reversed()
      screen.list.setCount(screen.records?.count ?? 0)
    }
    state.replaceTop(.history(screen))
    return []
  }

  /// Opens the history of the item selected on the screen on top.
  static func open(_ state: inout AppState) -> [Command<AppEffect>] {
    if case .history = state.screen {
      state.inform("This is the history already; q goes back to the item.")
      return []
    }
    let screen = target(state)
    state.push(.history(screen))
    return [.run(.history(screen.scope))]
  }

  /// The history to show for the screen on top: its selected item, else its audit, else everything.
  static func target(_ state: AppState) -> HistoryState {
    let audit = Navigation.auditID(state)
    return state.screen.kit.history(state) ?? audit.map(HistoryState.ofAudit)
      ?? HistoryState(auditID: audit, title: "everything", scope: .all)
  }
}

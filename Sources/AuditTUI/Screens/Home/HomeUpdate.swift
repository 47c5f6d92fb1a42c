import CFAGStore
import TUIKit

/// What the home screen's actions do.
enum HomeUpdate {
  static func update(_ state: inout AppState, _ action: HomeAction) -> [Command<AppEffect>] {
    guard case .home(var home) = state.screen else { return [] }
    switch action {
    case .move(let move):
      home.list.apply(move)
      state.replaceTop(.home(home))
    case .newAudit:
      state.push(.auditEditor(AuditEditorState(themes: state.themes)))
    case .open:
      guard let summary = selected(state) else { return [] }
      state.push(.auditEditor(AuditEditorState(auditID: summary.id)))
      return [.run(.loadAudit(summary.id))]
    case .meeting:
      guard let summary = selected(state) else { return [] }
      state.push(.meeting(MeetingState(auditID: summary.id, now: state.now)))
      return [.run(.loadAudit(summary.id))]
    case .search:
      state.overlay = .search(SearchOverlay(query: home.query) { .home(.filter($0)) })
    case .filter(let query):
      home.show(state.home?.summaries ?? [], query: query)
      home.list.select(0)
      state.replaceTop(.home(home))
    case .reload:
      return [.run(.loadHome)]
    case .loadDemo:
      state.inform("Loading demo data…")
      return [.run(.loadDemo(themes: state.themes))]
    }
    return []
  }

  /// The audit under the selection.
  static func selected(_ state: AppState) -> AuditSummary? {
    guard case .home(let home) = state.stack[0], let row = home.list.selected else { return nil }
    return row < home.visible.count ? home.visible[row] : nil
  }

  /// Shows the reloaded audit list under the same search, keeping the selection in range.
  static func clamp(_ state: inout AppState) {
    guard case .home(var home) = state.stack[0] else { return }
    home.show(state.home?.summaries ?? [], query: home.query)
    state.stack[0] = .home(home)
  }
}

import CFAGDomain
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
      if home.isSearching {
        guard let entry = selectedResult(state) else { return [] }
        return open(entry, &state)
      }
      guard let summary = selected(state) else { return [] }
      state.push(.auditEditor(AuditEditorState(auditID: summary.id)))
      return [.run(.loadAudit(summary.id))]
    case .meeting:
      guard let summary = selected(state) else { return [] }
      state.push(.meeting(MeetingState(auditID: summary.id, now: state.now)))
      return [.run(.loadAudit(summary.id))]
    case .search:
      state.overlay = .search(SearchOverlay(query: home.query) { .home(.filter($0)) })
      return [.run(.home(.loadSearch(have: home.indexHead)))]
    case .searchLoaded(let index, let head):
      home.searchLoaded(index, head: head)
      home.list.setCount(home.rowCount(state.home?.summaries ?? []))
      state.replaceTop(.home(home))
    case .filter(let query):
      home.search(query)
      home.list.setCount(home.rowCount(state.home?.summaries ?? []))
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

  /// Opens what a search found: the audit, the case in its panel, the finding or recommendation
  /// on the audit's findings screen, the action in the tracker. Esc leads back through the audit.
  private static func open(_ entry: SearchEntry, _ state: inout AppState) -> [Command<AppEffect>] {
    switch entry.target {
    case .audit(let id):
      state.push(.auditEditor(AuditEditorState(auditID: id)))
      return [.run(.loadAudit(id))]
    case .auditCase(let id, let reference, let included):
      state.push(.auditEditor(AuditEditorState(auditID: id)))
      if included { state.push(.casePanel(CasePanelState(auditID: id, reference: reference))) }
      return [.run(.loadAudit(id))]
    case .finding(let id, _, let position), .recommendation(let id, _, let position):
      var findings = FindingsState(auditID: id)
      if case .recommendation = entry.target {
        findings.pane = .recommendations
        findings.recommendations.setCount(position + 1)
        findings.recommendations.select(position)
      } else {
        findings.tags.setCount(position + 1)
        findings.tags.select(position)
      }
      state.push(.auditEditor(AuditEditorState(auditID: id)))
      state.push(.findings(findings))
      return [.run(.loadAudit(id))] + WorkflowRefresh.commands(state)
    case .action(let actionID):
      var actions = ActionsState()
      actions.show(filter: .all, today: state.today)
      actions.selecting = actionID
      state.push(.actions(actions))
      return [.run(.actions(.load))]
    }
  }

  /// The audit under the selection: the selected row's, or the selected result's audit.
  static func selected(_ state: AppState) -> AuditSummary? {
    guard case .home(let home) = state.stack[0], let row = home.list.selected else { return nil }
    let summaries = state.home?.summaries ?? []
    guard home.isSearching else { return row < summaries.count ? summaries[row] : nil }
    guard let id = selectedResult(state)?.target.auditID else { return nil }
    return summaries.first { $0.id == id }
  }

  /// The search result under the selection, while searching.
  static func selectedResult(_ state: AppState) -> SearchEntry? {
    guard case .home(let home) = state.stack[0], home.isSearching, let row = home.list.selected else {
      return nil
    }
    let results = home.results
    return row < results.count ? results[row] : nil
  }

  /// Shows the reloaded audit list under the same search, keeping the selection in range.
  static func clamp(_ state: inout AppState) {
    guard case .home(var home) = state.stack[0] else { return }
    home.list.setCount(home.rowCount(state.home?.summaries ?? []))
    state.stack[0] = .home(home)
  }
}

extension SearchEntry.Target {
  /// The audit the entry belongs to, if any.
  var auditID: AuditID? {
    switch self {
    case .audit(let id), .auditCase(let id, _, _), .finding(let id, _, _), .recommendation(let id, _, _): id
    case .action: nil
    }
  }
}

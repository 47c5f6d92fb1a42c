import CFAGStore
import TUIKit

/// The home screen: the audit list (filtered by `/`) and its selection.
public struct HomeState {
  public var list = ListState()
  public private(set) var query = ""
  /// The audits shown, after the search: worked out when the list or the search changes, never
  /// while drawing.
  public private(set) var visible: [AuditSummary] = []

  public init() {}

  /// Shows `summaries` matching `query`, keeping the selection in range.
  mutating func show(_ summaries: [AuditSummary], query: String) {
    self.query = query
    visible = summaries.filter {
      TextSearch.matches("\($0.id) \($0.title) \($0.themeTitle) \($0.stage.label)", query)
    }
    list.setCount(visible.count)
  }
}

/// What the home screen does.
public enum HomeAction: Sendable {
  case move(ListMove)
  case open
  case newAudit
  case meeting
  case search
  case filter(String)
  case reload
  case loadDemo
}

import CFAGStore
import TUIKit

/// The home screen: the audit list (filtered by `/`) and its selection.
public struct HomeState {
  public var list = ListState()
  public var query = ""

  public init() {}

  /// The audits shown, after the search.
  func visible(_ summaries: [AuditSummary]) -> [AuditSummary] {
    summaries.filter {
      TextSearch.matches("\($0.id) \($0.title) \($0.themeTitle) \($0.stage.label)", query)
    }
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

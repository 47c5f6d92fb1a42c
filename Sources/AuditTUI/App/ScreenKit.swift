import CFAGDomain
import TUIKit

/// What the app needs from each screen, in one place: its name, its key bindings, how it draws,
/// what it reloads after a save or a change elsewhere, and whose history `h` opens. A new screen
/// is its folder under `Screens/` (state, actions, update, view, bindings, kit) plus one line in
/// `Screen.kit`.
protocol ScreenKit {
  /// The route's name for breadcrumbs and docs.
  var name: String { get }
  static var bindings: BindingTable<AppState, AppMessage> { get }
  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect)
  /// What the screen loads, beyond the audit and home data every save reloads.
  func refresh(_ state: AppState) -> [Command<AppEffect>]
  /// The history of what is selected on it; nil for its audit's (or everything).
  func history(_ state: AppState) -> HistoryState?
}

extension ScreenKit {
  func refresh(_ state: AppState) -> [Command<AppEffect>] { [] }
  func history(_ state: AppState) -> HistoryState? { nil }
}

extension Screen {
  /// The screen's kit: the one place that lists every screen.
  var kit: any ScreenKit {
    switch self {
    case .home(let screen): screen
    case .auditEditor(let screen): screen
    case .casePanel(let screen): screen
    case .meeting(let screen): screen
    case .summary(let screen): screen
    case .candidates(let screen): screen
    case .sampling(let screen): screen
    case .returns(let screen): screen
    case .findings(let screen): screen
    case .report(let screen): screen
    case .actions(let screen): screen
    case .history(let screen): screen
    }
  }
}

extension HistoryState {
  /// The history of one case of an audit.
  static func ofCase(_ id: AuditID, _ reference: CaseReference) -> HistoryState {
    HistoryState(
      auditID: id, title: "case \(reference.value) of \(id)",
      scope: .auditCase(audit: id, reference: reference.value))
  }

  /// The history of a whole audit.
  static func ofAudit(_ id: AuditID) -> HistoryState {
    HistoryState(auditID: id, title: "audit \(id)", scope: .audit(id))
  }
}

import CFAGDomain
import TUIKit

extension ActionsState: ScreenKit {
  var name: String { "Action tracker" }
  static var bindings: BindingTable<AppState, AppMessage> { ActionsBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    ActionsView.draw(self, state, into: &buffer, area: area)
  }

  /// The tracker reloads after a save or a change elsewhere (the home data no longer holds it).
  func refresh(_ state: AppState) -> [Command<AppEffect>] { [.run(.actions(.load))] }

  func history(_ state: AppState) -> HistoryState? {
    guard let action = ActionsUpdate.selected(self, state) else {
      return HistoryState(auditID: Navigation.auditID(state), title: "everything", scope: .all)
    }
    return HistoryState(auditID: auditID, title: "action \(action.id)", scope: .action(action.id))
  }
}

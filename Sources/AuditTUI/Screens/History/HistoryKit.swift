import CFAGDomain
import TUIKit

extension HistoryState: ScreenKit {
  var name: String { "History" }
  static var bindings: BindingTable<AppState, AppMessage> { HistoryBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    HistoryView.draw(self, state, into: &buffer, area: area)
  }

  func refresh(_ state: AppState) -> [Command<AppEffect>] { [.run(.history(scope))] }

  func history(_ state: AppState) -> HistoryState? { nil }
}

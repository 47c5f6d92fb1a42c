import CFAGDomain
import TUIKit

extension CasePanelState: ScreenKit {
  var name: String { "Case panel" }
  static var bindings: BindingTable<AppState, AppMessage> { CasePanelBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    CasePanelView.draw(self, state, into: &buffer, area: area)
  }

  func history(_ state: AppState) -> HistoryState? { .ofCase(auditID, reference) }
}

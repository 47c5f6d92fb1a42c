import CFAGDomain
import TUIKit

extension SamplingState: ScreenKit {
  var name: String { "Sample" }
  static var bindings: BindingTable<AppState, AppMessage> { SamplingBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    SamplingView.draw(self, state, into: &buffer, area: area)
  }

  func refresh(_ state: AppState) -> [Command<AppEffect>] { [.run(.sampling(.loadPool(auditID)))] }

  func history(_ state: AppState) -> HistoryState? {
    guard let auditCase = SamplingUpdate.selected(self, state.record(auditID)) else {
      return .ofAudit(auditID)
    }
    return .ofCase(auditID, auditCase.reference)
  }
}

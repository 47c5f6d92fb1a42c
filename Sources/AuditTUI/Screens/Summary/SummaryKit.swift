import CFAGDomain
import TUIKit

extension SummaryState: ScreenKit {
  var name: String { "Summary" }
  static var bindings: BindingTable<AppState, AppMessage> { SummaryBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    SummaryView.draw(self, state, into: &buffer, area: area)
  }
}

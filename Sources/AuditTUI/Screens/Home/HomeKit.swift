import CFAGDomain
import TUIKit

extension HomeState: ScreenKit {
  var name: String { "Home" }
  static var bindings: BindingTable<AppState, AppMessage> { HomeBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    HomeView.draw(self, state, into: &buffer, area: area)
  }
}

import CFAGDomain
import TUIKit

extension MeetingState: ScreenKit {
  var name: String { "Meeting" }
  static var bindings: BindingTable<AppState, AppMessage> { MeetingBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    MeetingView.draw(self, state, into: &buffer, area: area)
  }

  func history(_ state: AppState) -> HistoryState? {
    CaseCommands.current(state).map { .ofCase($0.record.audit.id, $0.reference) }
  }
}

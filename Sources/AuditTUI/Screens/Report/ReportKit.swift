import CFAGDomain
import TUIKit

extension ReportState: ScreenKit {
  var name: String { "Report" }
  static var bindings: BindingTable<AppState, AppMessage> { ReportBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    ReportView.draw(self, state, into: &buffer, area: area)
  }

  func refresh(_ state: AppState) -> [Command<AppEffect>] { [.run(.report(.load(auditID)))] }

  func history(_ state: AppState) -> HistoryState? {
    guard pane == .sections, let record = state.record(auditID),
      let section = ReportUpdate.selected(self, record)
    else { return .ofAudit(auditID) }
    return HistoryState(
      auditID: auditID, title: "the \(section.key) section of \(auditID)",
      scope: .reportSection(audit: auditID, section: section))
  }
}

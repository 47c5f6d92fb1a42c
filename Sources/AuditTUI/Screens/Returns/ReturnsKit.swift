import CFAGDomain
import CFAGStore
import TUIKit

extension ReturnsState: ScreenKit {
  var name: String { "Agency returns" }
  static var bindings: BindingTable<AppState, AppMessage> { ReturnsBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    ReturnsView.draw(self, state, into: &buffer, area: area)
  }

  func history(_ state: AppState) -> HistoryState? {
    guard let record = state.record(auditID),
      let (reference, agency) = ReturnsUpdate.cell(
        self, ReturnsUpdate.status(record, state))
    else { return .ofAudit(auditID) }
    return HistoryState(
      auditID: auditID, title: "\(agency.shortName)'s return for \(reference.value)",
      scope: .agencyReturn(audit: auditID, reference: reference, agency: agency.id))
  }
}

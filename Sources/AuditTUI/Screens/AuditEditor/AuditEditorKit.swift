import CFAGDomain
import TUIKit

extension AuditEditorState: ScreenKit {
  var name: String { auditID == nil ? "New audit" : "Audit" }
  static var bindings: BindingTable<AppState, AppMessage> { AuditEditorBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    AuditEditorView.draw(self, state, into: &buffer, area: area)
  }

  func history(_ state: AppState) -> HistoryState? {
    if let current = CaseCommands.current(state) {
      return .ofCase(current.record.audit.id, current.reference)
    }
    guard let id = auditID, let auditCase = AuditEditorUpdate.selectedCase(self, state.record(id)) else {
      return nil
    }
    return .ofCase(id, auditCase.reference)
  }
}

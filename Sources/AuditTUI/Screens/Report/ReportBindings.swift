import TUIKit

/// The report screen's keys.
enum ReportBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(
        keys: "enter", action: .report(.write), "Write the section", group: "Report",
        when: { pane($0) == .sections }),
      Binding(keys: "tab", action: .report(.nextPane), "Sections / whole report", group: "Report"),
      Binding(keys: "e", action: .report(.askExport), "Export — md, html, docx or csv", group: "Report"),
      Binding(keys: "S", action: .report(.askSignOff), "Sign off", group: "Report", when: { isEditable($0) }),
      Binding(
        keys: "A", action: .report(.askAmend), "Amendment — open one after sign-off", group: "Report",
        when: { !isEditable($0) }),
    ] + ListMove.bindings { .report(.move($0)) })

  static func pane(_ state: AppState) -> ReportPane? {
    if case .report(let screen) = state.screen { return screen.pane }
    return nil
  }

  static func isEditable(_ state: AppState) -> Bool {
    guard case .report(let screen) = state.screen else { return false }
    return state.record(screen.auditID)?.audit.isEditable ?? true
  }
}

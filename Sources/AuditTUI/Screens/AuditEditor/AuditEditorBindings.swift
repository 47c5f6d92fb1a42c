import TUIKit

/// The audit editor's keys.
enum AuditEditorBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "enter", action: .editor(.activate), "Choose / edit / open", group: "Audit"),
      Binding(keys: "tab", action: .editor(.nextPane), "Next pane", group: "Audit"),
      Binding(
        keys: "shift-tab", action: .editor(.previousPane), "Previous pane", group: "Audit", inKeyBar: false),
      Binding(keys: "ctrl-s", action: .editor(.create), "Create the audit", group: "Audit", when: isNew),
      Binding(keys: "a", action: .editor(.addCase), "Add case", group: "Cases", when: isSaved),
      Binding(
        keys: "x", action: .editor(.removeCase), "Take case out", group: "Cases", when: hasCase),
      Binding(keys: "m", action: .editor(.meeting), "Meeting mode", group: "Cases", when: hasCase),
    ] + ListMove.bindings { .editor(.move($0)) })

  @Sendable static func isNew(_ state: AppState) -> Bool { editor(state)?.auditID == nil }
  @Sendable static func isSaved(_ state: AppState) -> Bool { editor(state)?.auditID != nil }
  @Sendable static func hasCase(_ state: AppState) -> Bool {
    guard let editor = editor(state), let id = editor.auditID else { return false }
    return !(state.record(id)?.includedCases.isEmpty ?? true)
  }

  static func editor(_ state: AppState) -> AuditEditorState? {
    if case .auditEditor(let editor) = state.screen { return editor }
    return nil
  }
}

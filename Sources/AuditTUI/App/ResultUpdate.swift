import TUIKit

/// Applies what the effect runner reports: loaded data, saved edits, failures.
enum ResultUpdate {
  static func apply(_ result: EffectResult, _ state: inout AppState) -> [Command<AppEffect>] {
    switch result {
    case .homeLoaded(let data):
      state.home = data
      HomeUpdate.clamp(&state)
      WorkflowRefresh.clamp(&state)
    case .auditLoaded(let data):
      state.audit = data
      AuditEditorUpdate.clamp(&state)
      WorkflowRefresh.clamp(&state)
    case .saved(let message, let undo, let origin):
      state.history.record(undo, label: message, origin: origin)
      state.inform(message + (origin == .user && undo != nil ? "  (u undoes)" : ""))
      closeAfterSave(&state)
      return WorkflowRefresh.commands(state)
    case .auditCreated(let id):
      AuditEditorUpdate.created(id, &state)
    case .failed(let text):
      state.fail(text)
    }
    return []
  }

  /// A saved form or text closes; a repeating form (adding cases) clears for the next entry.
  private static func closeAfterSave(_ state: inout AppState) {
    switch state.overlay {
    case .form(var form) where form.repeats:
      form.fields[0].value.setText("")
      form.focus = 0
      state.overlay = .form(form)
    case .form, .editor: state.overlay = nil
    default: break
    }
  }
}

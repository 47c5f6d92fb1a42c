import CFAGDomain
import TUIKit

/// Applies what the effect runner reports: loaded data, saved edits, failures.
enum ResultUpdate {
  static func apply(_ result: EffectResult, _ state: inout AppState) -> [Command<AppEffect>] {
    switch result {
    case .homeLoaded(let data):
      state.head = max(state.head, data.head)
      state.home = data
      HomeUpdate.clamp(&state)
      WorkflowRefresh.clamp(&state)
      // The whole list was read again (a refresh, a change elsewhere): so are the tags, once read.
      if state.knownTags != nil { return [.run(.loadFindingTags)] }
    case .themesLoaded(let themes):
      state.themes = themes
    case .findingTagsLoaded(let tags):
      state.knownTags = tags
      if state.tagsPickerWaits {
        state.tagsPickerWaits = false
        return CaseCommands.update(&state, .editTags)
      }
    case .homeChanged(let change):
      guard var home = state.home else { return [.run(.loadHome)] }
      home.apply(change, today: state.today)
      if let known = state.knownTags, let record = state.record(change.auditID) {
        state.knownTags = Array(Set(known).union(record.assessments.flatMap(\.findings))).sorted()
      }
      state.head = max(state.head, change.head)
      state.home = home
      HomeUpdate.clamp(&state)
      WorkflowRefresh.clamp(&state)
    case .auditLoaded(let data):
      state.head = max(state.head, data.head)
      state.audit = data
      AuditEditorUpdate.clamp(&state)
      WorkflowRefresh.clamp(&state)
    case .assessmentsLoaded(let id, let assessments, let head):
      guard var data = state.audit, data.record.audit.id == id else { return [.run(.loadAudit(id))] }
      data.record.assessments = assessments
      data.head = max(data.head, head)
      state.head = max(state.head, head)
      state.audit = data
      AuditEditorUpdate.clamp(&state)
      WorkflowRefresh.clamp(&state)
    case .saved(let message, let undo, let origin, let warning):
      state.history.record(undo, label: message, origin: origin)
      // The status line's right side names the undo beside an information, not beside a warning.
      if let warning {
        state.warn(warning + " " + message + (origin == .user && undo != nil ? "  (u undoes)" : ""))
      } else {
        state.inform(message)
      }
      closeAfterSave(&state)
      let refresh = WorkflowRefresh.commands(state)
      guard origin == .user, let next = state.afterSave else { return refresh }
      state.afterSave = nil
      return refresh + AppUpdate.update(&state, next)
    case .auditCreated(let id):
      AuditEditorUpdate.created(id, &state)
    case .failed(let text, let field):
      state.afterSave = nil
      state.tagsPickerWaits = false
      state.fail(text)
      if case .form(var form) = state.overlay {
        let index = field.flatMap { field in
          form.fields.firstIndex { $0.gives == field || $0.label == ScreenHints.label(field) }
        }
        form.report(text, at: index)
        state.overlay = .form(form)
      }
    case .changedElsewhere(let actor, let at):
      return changedElsewhere(by: actor, at: at, &state)
    }
    return []
  }

  /// Shows a change saved elsewhere: at once, or, while a form or picker is open, once it closes
  /// (what is typed stays, and its save is checked against the change).
  private static func changedElsewhere(by actor: String?, at: String, _ state: inout AppState)
    -> [Command<AppEffect>]
  {
    let when = ScreenHints.clock(at)
    let who = actor ?? "you (elsewhere)"
    if state.overlay != nil {
      state.outOfDate = who
      if actor != nil, state.status?.level != .error {
        state.warn("Out of date: \(who) saved at \(when); it shows when this closes.")
      }
      return []
    }
    if let actor, state.status?.level != .error {
      state.inform("Refreshed: \(actor) saved a change at \(when).")
    }
    return [.run(.refresh(auditID: state.audit?.record.audit.id))] + WorkflowRefresh.commands(state)
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

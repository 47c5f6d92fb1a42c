import CFAGDomain
import TUIKit

/// Putting right a saved action or escalation, wherever it is seen (the case panel, the tracker):
/// one form for the text (an escalation's concern), owner, lead and due date, saved as one logged
/// update, which `u` undoes.
enum ActionCorrection {
  /// The form, filled with what is saved; submitting sends `onSubmit`'s message.
  static func form(
    _ action: TrackerAction, _ directory: AgencyDirectory,
    onSubmit: @escaping @Sendable (FormValues) -> AppMessage
  ) -> FormState {
    let owner = directory.agencies.first { $0.id == action.owner }?.shortName ?? action.owner
    let textField: FormState.Field =
      action.isEscalation
      ? .init(
        "Concern", value: TrackerAction.concern(in: action.text),
        hint: "the immediate concern about the child",
        gives: .text)
      : .init("Action", value: action.text, hint: "what will be done", gives: .text)
    return FormState(
      title: "Correct \(action.id)" + (action.isEscalation ? " (escalation)" : ""),
      intro: "Put right what was saved. The change log keeps the earlier values; u undoes it.",
      fields: [
        textField,
        .init("Owner", value: owner, hint: "the one owner agency (short names work)", gives: .agency),
        .init("Lead", value: action.lead, hint: "the named lead in the owner agency"),
        .init("Due", value: action.due.iso, hint: "YYYY-MM-DD"),
        .init(
          "Reason", hint: "why, for the change log (needed if the due date moves)",
          optional: true, gives: .dueReason),
      ],
      onSubmit: onSubmit)
  }

  /// Saves the corrected values of the action `id`, undoably; refuses a date that is not one.
  static func save(_ id: ActionID, _ values: FormValues, _ state: inout AppState) -> [Command<AppEffect>] {
    guard let before = ActionsUpdate.find(id, state) else { return [] }
    guard let due = Day(iso: values["Due"].trimmingWhitespace) else {
      state.fail("Due: \"\(values["Due"])\" is not a date; type it as YYYY-MM-DD")
      return []
    }
    let text = before.isEscalation ? values["Concern"] : values["Action"]
    let update = ActionUpdate.correction(
      text: text, owner: values["Owner"], lead: values["Lead"], due: due, reason: values["Reason"])
    if unchanged(before, update, state.directory) {
      state.overlay = nil
      state.inform("\(id) is unchanged.")
      return []
    }
    let audit = before.source.auditID
    let step = UndoStep(
      label: "correction of \(id)",
      undo: .actions(
        .update(id: id, auditID: audit, ActionUpdate.correction(restoring: before, reason: "undo"))),
      redo: .actions(.update(id: id, auditID: audit, update)))
    return [.run(.edit(step.redo, message: "Corrected \(id).", undo: step, origin: .user))]
  }

  /// Whether the update would change nothing (the owner compared once resolved).
  private static func unchanged(_ action: TrackerAction, _ update: ActionUpdate, _ directory: AgencyDirectory)
    -> Bool
  {
    var resolved = update
    guard let owner = try? update.owner.map({ try directory.resolve($0).id }) else { return false }
    resolved.owner = owner
    var after = action
    return (try? after.apply(resolved, by: "", on: action.created))?.isEmpty == true
  }
}

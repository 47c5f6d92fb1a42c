import CFAGDomain
import CFAGStore
import TUIKit

/// What the tracker screen's actions do.
enum ActionsUpdate {
  static func update(_ state: inout AppState, _ action: ActionsAction) -> [Command<AppEffect>] {
    if case .loaded(let actions) = action {
      for (index, screen) in state.stack.enumerated() {
        guard case .actions(var tracker) = screen else { continue }
        tracker.show(actions, today: state.today)
        state.stack[index] = .actions(tracker)
      }
      return []
    }
    guard case .actions(var screen) = state.screen else { return [] }
    defer { if case .actions = state.screen { state.replaceTop(.actions(screen)) } }
    let selected = self.selected(screen, state)
    switch action {
    case .loaded: break
    case .move(let move):
      screen.list.apply(move)
    case .askFilter:
      let filters = ActionsFilter.allCases.filter { $0 != .thisAudit || screen.auditID != nil }
      state.overlay = .picker(
        PickerOverlay(
          title: "Show which actions?", options: filters.map(\.label),
          choices: filters.map { .actions(.setFilter($0)) },
          selected: filters.firstIndex(of: screen.filter)))
    case .setFilter(let filter):
      screen.show(filter: filter, today: state.today)
      screen.list.select(0)
    case .cycleSort:
      let all = ActionsSort.allCases
      screen.show(sort: all[((all.firstIndex(of: screen.sort) ?? 0) + 1) % all.count], today: state.today)
      state.inform("Sorted by \(screen.sort.label).")
    case .trail:
      guard let selected else { return none(&state) }
      return [.run(.actions(.trail(selected.id)))]
    case .showTrail(let trail):
      state.overlay = .reader(
        ReaderOverlay(title: "Trail of \(trail.action.id) — Esc closes", lines: ActionsView.trailLines(trail))
      )
    case .askNote:
      guard let selected else { return none(&state) }
      state.overlay = .form(
        FormState(
          title: "Progress on \(selected.id)",
          intro: "Dated today and signed by you; notes are the action's record and are never removed.",
          fields: [.init("Note", hint: "what has happened since the last note")]
        ) { .actions(.note(id: selected.id, $0["Note"])) })
    case .note(let id, let text):
      guard !text.trimmingWhitespace.isEmpty else {
        state.fail("note: type what has happened")
        return []
      }
      let audit = auditID(of: id, state)
      return [
        .run(
          .edit(
            .actions(.update(id: id, auditID: audit, ActionUpdate(progress: text))),
            message: "Noted progress on \(id).",
            undo: nil, origin: .user))
      ]
    case .askStatus:
      guard let selected else { return none(&state) }
      if selected.status == .closed {
        return update(&state, .askReopen(id: selected.id))
      }
      let statuses: [ActionStatus] = [.notStarted, .inProgress, .complete, .closed]
      state.overlay = .picker(
        PickerOverlay(
          title: "Status of \(selected.id)",
          options: statuses.map { $0 == .closed ? "Closed — with evidence of impact…" : $0.label },
          choices: statuses.map {
            $0 == .closed ? .actions(.askClose(id: selected.id)) : .actions(.setStatus(id: selected.id, $0))
          },
          selected: statuses.firstIndex(of: selected.status)))
    case .setStatus(let id, let status):
      guard let before = find(id, state) else { return [] }
      guard before.status != status else {
        state.inform("\(id) is already \(status.label.lowercased()).")
        return []
      }
      let audit = before.source.auditID
      let step = UndoStep(
        label: "status of \(id)",
        undo: .actions(.update(id: id, auditID: audit, ActionUpdate(status: before.status))),
        redo: .actions(.update(id: id, auditID: audit, ActionUpdate(status: status))))
      return [
        .run(.edit(step.redo, message: "\(id) is \(status.label.lowercased()).", undo: step, origin: .user))
      ]
    case .askCorrect:
      guard let selected else { return none(&state) }
      state.overlay = .form(
        ActionCorrection.form(selected, state.directory) { .actions(.correct(id: selected.id, $0)) })
    case .correct(let id, let values):
      return ActionCorrection.save(id, values, &state)
    case .askClose(let id):
      guard let before = find(id, state) else { return [] }
      state.overlay = .form(
        FormState(
          title: "Close \(id)",
          intro: "The subgroup closes an action once it has evidence of its impact: what difference it made.",
          fields: [
            .init("Closed by", hint: "who signs it off for the subgroup", gives: .by),
            .init("Evidence", value: before.evidenceOfImpact, hint: "the evidence of impact"),
          ]
        ) { .actions(.close(id: id, $0)) })
    case .close(let id, let values):
      return [
        .run(
          .edit(
            .actions(
              .close(
                id: id, auditID: auditID(of: id, state), by: values["Closed by"], evidence: values["Evidence"]
              )),
            message: "Closed \(id) (s on it reopens it).", undo: nil, origin: .user))
      ]
    case .askReopen(let id):
      state.overlay = .form(
        FormState(
          title: "Reopen \(id)", intro: "A closed action reopens with the reason as a progress note.",
          fields: [.init("Reason")]
        ) { .actions(.reopen(id: id, $0["Reason"])) })
    case .reopen(let id, let reason):
      return [
        .run(
          .edit(
            .actions(.reopen(id: id, auditID: auditID(of: id, state), reason: reason)),
            message: "Reopened \(id).",
            undo: nil, origin: .user))
      ]
    case .askExport:
      state.overlay = .form(
        FormState(
          title: "Export the subgroup's pack",
          intro:
            "A summary by agency and RAG, overdue first, each action with its latest progress. The CSV can "
            + "be edited by agencies and imported back with I.",
          fields: [
            .init(
              "File", value: "tracker-pack-\(state.today.iso).csv", hint: ".csv, .md or .html; Tab completes",
              completesPaths: true),
            .init("Agency", hint: "empty for every agency, or one agency's short name", optional: true),
          ]
        ) { .actions(.export($0)) })
    case .export(let values):
      state.overlay = nil
      let agency = values["Agency"].trimmingWhitespace
      return [
        .run(
          .actions(.export(path: values["File"].trimmingWhitespace, agency: agency.isEmpty ? nil : agency)))
      ]
    case .askImport:
      state.overlay = .form(
        FormState(
          title: "Import agencies' updates",
          intro:
            "An exported pack's CSV with agencies' edits. The changes are shown first; nothing is applied "
            + "until you confirm.",
          fields: [.init("File", hint: "the edited CSV; Tab completes", completesPaths: true)]
        ) { .actions(.importFile($0["File"])) })
    case .importFile(let path):
      guard !path.trimmingWhitespace.isEmpty else {
        state.fail("type the edited pack's path (Tab completes it)")
        return []
      }
      state.overlay = nil
      return [.run(.actions(.plan(path: path.trimmingWhitespace)))]
    case .planned(let preview):
      if preview.actions == 0 {
        state.inform("\(preview.path) changes nothing (\(preview.unchanged) rows as they are).")
      } else {
        screen.preview = preview
        state.inform("Check the changes: y applies them all in one step, Esc applies nothing.")
      }
    case .refused(let path, let problems):
      state.fail("nothing was applied: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(path)")
      state.overlay = .reader(
        ReaderOverlay(title: "Not imported: \(path) — Esc closes", lines: problems.map { ($0, Style.plain) }))
    case .apply:
      guard let preview = screen.preview else { return [] }
      return [.run(.actions(.apply(path: preview.path)))]
    case .applied:
      screen.preview = nil
      return [.run(.loadHome), .run(.actions(.load))]
    case .discard:
      screen.preview = nil
      state.inform("Nothing applied.")
    case .done(let text):
      state.inform(text)
    }
    return []
  }

  private static func none(_ state: inout AppState) -> [Command<AppEffect>] {
    state.fail("no action selected: f shows other actions")
    return []
  }

  static func selected(_ screen: ActionsState, _ state: AppState) -> TrackerAction? {
    guard let row = screen.list.selected, row < screen.visible.count else { return nil }
    return screen.visible[row]
  }

  /// The action `id` as last read: from an open tracker, else from the loaded audit's actions.
  static func find(_ id: ActionID, _ state: AppState) -> TrackerAction? {
    for case .actions(let screen) in state.stack.reversed() {
      if let action = screen.actions?.first(where: { $0.id == id }) { return action }
    }
    return state.audit?.actions.first { $0.id == id }
  }

  private static func auditID(of id: ActionID, _ state: AppState) -> AuditID? {
    find(id, state)?.source.auditID
  }
}

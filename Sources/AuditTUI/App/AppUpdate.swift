import CFAGDomain
import TUIKit

/// The root `update`: routes keys (overlay first, then the screen's bindings, then the global
/// ones), hands actions to their screen, and applies effect results.
enum AppUpdate {
  static func update(_ state: inout AppState, _ message: AppMessage) -> [Command<AppEffect>] {
    switch message {
    case .key(let key): return route(key, &state)
    case .resized(let size):
      state.size = size
      return []
    case .tick(let seconds):
      state.now = seconds
      guard seconds - state.lastChangeCheck >= AuditApp.changeCheckSeconds else { return [] }
      state.lastChangeCheck = seconds
      return [.run(.checkForChanges(known: state.head))]
    case .global(let action): return global(action, &state)
    case .home(let action): return HomeUpdate.update(&state, action)
    case .editor(let action): return AuditEditorUpdate.update(&state, action)
    case .panel(let action): return CasePanelUpdate.update(&state, action)
    case .meeting(let action): return MeetingUpdate.update(&state, action)
    case .summary(let action): return SummaryUpdate.update(&state, action)
    case .judge(let action): return CaseCommands.update(&state, action)
    case .go(let destination): return Navigation.go(destination, &state)
    case .completed(let completion):
      PathCompletion.apply(completion, &state)
      return []
    case .candidates(let action): return CandidatesUpdate.update(&state, action)
    case .sampling(let action): return SamplingUpdate.update(&state, action)
    case .returns(let action): return ReturnsUpdate.update(&state, action)
    case .findings(let action): return FindingsUpdate.update(&state, action)
    case .report(let action): return ReportUpdate.update(&state, action)
    case .actions(let action): return ActionsUpdate.update(&state, action)
    case .history(let action): return HistoryUpdate.update(&state, action)
    case .result(let result): return ResultUpdate.apply(result, &state)
    }
  }

  /// The bindings of the screen on top.
  static func bindings(for screen: Screen) -> BindingTable<AppState, AppMessage> {
    type(of: screen.kit).bindings
  }

  private static func route(_ key: Key, _ state: inout AppState) -> [Command<AppEffect>] {
    if state.overlay != nil { return OverlayUpdate.handle(key, &state) }
    if key == .resize { return [] }
    let table = bindings(for: state.screen)
    guard let message = table.action(for: key, in: state) ?? GlobalBindings.table.action(for: key, in: state)
    else {
      if case .character(let character) = key, character != " " {
        state.inform("\(character): no such key here; ? shows the keys of this screen.")
      }
      return []
    }
    return update(&state, message)
  }

  /// Back from the case panel, the screen below shows the case that was left (n and p may have
  /// moved the panel on), not the one the panel was opened on.
  private static func land(on reference: CaseReference, _ state: inout AppState) {
    guard let id = state.screen.auditID,
      let row = state.record(id)?.includedCases.firstIndex(where: { $0.reference == reference })
    else { return }
    switch state.screen {
    case .meeting(var meeting):
      meeting.index = row
      state.replaceTop(.meeting(meeting))
    case .auditEditor(var editor):
      editor.cases.select(row)
      state.replaceTop(.auditEditor(editor))
    default: break
    }
  }

  private static func global(_ action: GlobalAction, _ state: inout AppState) -> [Command<AppEffect>] {
    switch action {
    case .quit: return [.quit]
    case .back:
      guard state.stack.count > 1 else { return [] }
      let left = state.stack.removeLast()
      if case .casePanel(let panel) = left { land(on: panel.reference, &state) }
      state.status = nil
      return []
    case .help:
      state.overlay = .help(HelpState())
      return []
    case .palette:
      state.overlay = .palette(Palette.make(state))
      return []
    case .messages:
      state.overlay = .reader(
        ReaderOverlay(title: "Messages, newest first — Esc closes", lines: state.messages.lines))
      return []
    case .undo:
      guard let step = state.history.popUndo() else {
        if let barrier = state.history.barrier {
          state.inform("Cannot undo “\(barrier)”: change it instead (g/r/i, e, t).")
        } else {
          state.inform("Nothing to undo in this session.")
        }
        return []
      }
      return [.run(.edit(step.undo, message: "Undone: \(step.label)", undo: step, origin: .undo))]
    case .redo:
      guard let step = state.history.popRedo() else {
        state.inform("Nothing to redo.")
        return []
      }
      return [.run(.edit(step.redo, message: "Redone: \(step.label)", undo: step, origin: .redo))]
    }
  }
}

/// The `:` command palette: every enabled action of this screen and the global ones, by name.
enum Palette {
  static func make(_ state: AppState) -> PaletteState {
    let bindings = (AppUpdate.bindings(for: state.screen).bindings + GlobalBindings.table.bindings)
      .filter { $0.isEnabled(state) && !$0.group.hasPrefix("Navigation") }
      .filter { binding in
        if case .global(.palette) = binding.action { return false }
        return true
      }
    let options = bindings.map { "\($0.description)  (\($0.keyLabel))" }
    return PaletteState(
      picker: ChoicePickerState(options: options), messages: bindings.map(\.action))
  }
}

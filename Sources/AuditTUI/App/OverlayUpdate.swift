import TUIKit

/// Keys while something floats over the screen: the overlay gets them all.
enum OverlayUpdate {
  static func handle(_ key: Key, _ state: inout AppState) -> [Command<AppEffect>] {
    guard let overlay = state.overlay else { return [] }
    switch overlay {
    case .help(var help):
      if help.handle(key) {
        state.overlay = .help(help)
      } else if key == .escape || key == .enter {
        state.overlay = nil
      }
      return []
    case .palette(var palette):
      switch palette.picker.handle(key) {
      case .picked(let index):
        state.overlay = nil
        return AppUpdate.update(&state, palette.messages[index])
      case .cancelled: state.overlay = nil
      default: state.overlay = .palette(palette)
      }
      return []
    case .picker(var picker):
      let outcome = picker.state.handle(key)
      state.overlay = .picker(picker)
      switch outcome {
      case .picked(let index):
        if !picker.staysOpen { state.overlay = nil }
        return AppUpdate.update(&state, picker.choices[index])
      case .created(let text):
        guard let onCreate = picker.onCreate else { return [] }
        if !picker.staysOpen { state.overlay = nil }
        return AppUpdate.update(&state, onCreate(text))
      case .cancelled:
        state.overlay = nil
      default: break
      }
      return []
    case .form(var form):
      let outcome = form.handle(key)
      state.overlay = .form(form)
      switch outcome {
      case .handled: return []
      case .cancelled:
        state.overlay = nil
        return []
      case .submitted: return AppUpdate.update(&state, form.onSubmit(form.values))
      case .complete: return [.run(.completePath(form.fields[form.focus].value.text))]
      }
    case .search(var search):
      switch key {
      case .enter:
        state.overlay = nil
        return []
      case .escape:
        state.overlay = nil
        return AppUpdate.update(&state, search.onChange(""))
      default:
        guard search.field.handle(key) else { return [] }
        state.overlay = .search(search)
        return AppUpdate.update(&state, search.onChange(search.field.text))
      }
    case .editor(var editor):
      switch key {
      case .ctrl("s"):
        return AppUpdate.update(&state, editor.onSave(editor.state.text))
      case .escape:
        if editor.isChanged && !editor.confirmingDiscard {
          editor.confirmingDiscard = true
          state.overlay = .editor(editor)
          state.status = .warning("The text is not saved: ^S saves it, Esc again throws it away.")
        } else {
          state.overlay = nil
          state.status = nil
        }
        return []
      default:
        editor.confirmingDiscard = false
        if case .limitReached(let refused) = editor.state.handle(key) {
          state.status = .warning("The text is at its 100 KB limit; \(refused) bytes were not added.")
        }
        state.overlay = .editor(editor)
        return []
      }
    case .reader(var reader):
      switch key {
      case .escape, .enter, .character("q"): state.overlay = nil
      case .up, .character("k"): reader.scroll = max(0, reader.scroll - 1)
      case .down, .character("j"): reader.scroll = min(max(0, reader.lines.count - 1), reader.scroll + 1)
      case .pageUp: reader.scroll = max(0, reader.scroll - 10)
      case .pageDown: reader.scroll = min(max(0, reader.lines.count - 1), reader.scroll + 10)
      default: break
      }
      if state.overlay != nil { state.overlay = .reader(reader) }
      return []
    case .dialog(var dialog, let choices):
      switch dialog.handle(key) {
      case .chosen(let index):
        state.overlay = nil
        guard let message = choices[index] else { return [] }
        return AppUpdate.update(&state, message)
      case .cancelled:
        // Esc is the last button (Cancel, No): it says what it did as that button would.
        state.overlay = nil
        guard let last = choices.last, let message = last else { return [] }
        return AppUpdate.update(&state, message)
      default: state.overlay = .dialog(dialog, choices: choices)
      }
      return []
    }
  }
}

import TUIKit

/// Keys that work on every screen (after the screen's own table).
enum GlobalBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "?", action: .global(.help), "Help", group: "Everywhere"),
      Binding(
        keys: ":", action: .global(.palette), "Commands: any action by name", group: "Everywhere",
        inKeyBar: false),
      Binding(
        keys: "q", "esc", action: .global(.back), "Back", group: "Everywhere",
        when: { $0.stack.count > 1 }),
      Binding(
        keys: "q", action: .global(.quit), "Quit (everything is already saved)", group: "Everywhere",
        when: { $0.stack.count == 1 }),
      Binding(
        keys: "M", action: .global(.messages), "Messages: the last 50, newest first", group: "Everywhere",
        inKeyBar: false),
      Binding(
        keys: "u", action: .global(.undo), "Undo the last edit", group: "Everywhere", inKeyBar: false),
      Binding(
        keys: "ctrl-r", action: .global(.redo), "Redo the edit undone", group: "Everywhere",
        inKeyBar: false),
    ] + WorkflowBindings.all)
}

/// Keys of the things that float over a screen. They are handled by the widgets themselves; the
/// tables feed the key bar, help and `docs/keys.md`.
enum OverlayBindings {
  static let editor = BindingTable<AppState, AppMessage>([
    Binding(keys: "ctrl-s", action: .key(.ctrl("s")), "Save the text", group: "Text editor"),
    Binding(keys: "esc", action: .key(.escape), "Close (asks again if unsaved)", group: "Text editor"),
    Binding(
      keys: "up", "down", "left", "right", "home", "end", "pgup", "pgdn", action: .key(.up),
      "Move the cursor", group: "Text editor", inKeyBar: false),
  ])

  static let form = BindingTable<AppState, AppMessage>([
    Binding(keys: "enter", action: .key(.enter), "Next field / save", group: "Forms"),
    Binding(keys: "tab", "shift-tab", action: .key(.tab), "Move between fields", group: "Forms"),
    Binding(keys: "ctrl-s", action: .key(.ctrl("s")), "Save", group: "Forms"),
    Binding(keys: "esc", action: .key(.escape), "Close (asks first if changed)", group: "Forms"),
  ])

  static let picker = BindingTable<AppState, AppMessage>([
    Binding(keys: "enter", action: .key(.enter), "Choose", group: "Pickers and palette"),
    Binding(keys: "up", "down", action: .key(.down), "Move", group: "Pickers and palette"),
    Binding(
      keys: "backspace", action: .key(.backspace), "Type to filter; Bksp deletes",
      group: "Pickers and palette"),
    Binding(keys: "esc", action: .key(.escape), "Close", group: "Pickers and palette"),
  ])

  static let help = BindingTable<AppState, AppMessage>([
    Binding(keys: "up", "down", "pgup", "pgdn", action: .key(.down), "Scroll", group: "Help"),
    Binding(keys: "esc", "enter", action: .key(.escape), "Close help", group: "Help"),
  ])

  static let dialog = BindingTable<AppState, AppMessage>([
    Binding(keys: "enter", action: .key(.enter), "Choose the highlighted button", group: "Dialogs"),
    Binding(keys: "tab", "left", "right", action: .key(.tab), "Move between buttons", group: "Dialogs"),
    Binding(keys: "esc", action: .key(.escape), "Cancel", group: "Dialogs"),
  ])
}

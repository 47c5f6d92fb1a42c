import TUIKit

/// What floats over the screen and takes the keys until it closes.
public enum Overlay {
  /// The `?` help: every binding of the screen and the global ones, filtered by typing.
  case help(HelpState)
  /// The `:` command palette: pick any enabled action by name.
  case palette(PaletteState)
  /// A list to pick from; each option sends its message.
  case picker(PickerOverlay)
  /// A few labelled text fields.
  case form(FormState)
  /// `/` search in a list, shown on the status line.
  case search(SearchOverlay)
  /// The multi-line text editor.
  case editor(EditorOverlay)
  /// Read-only text to scroll through (questions and guidance).
  case reader(ReaderOverlay)
  /// A question with buttons; each button sends its message (nil closes).
  case dialog(Dialog, choices: [AppMessage?])
}

/// The command palette: the actions' descriptions and what each sends.
public struct PaletteState {
  public var picker: ChoicePickerState
  public var messages: [AppMessage]
}

/// A picker whose options each send a message; typed new values (when allowed) go to `onCreate`.
public struct PickerOverlay {
  public var title: String
  public var state: ChoicePickerState
  public var choices: [AppMessage]
  public var onCreate: (@Sendable (String) -> AppMessage)?
  /// Keep the picker open after a pick (for choosing several, e.g. panel agencies).
  public var staysOpen: Bool
  /// A line of help under the title.
  public var hint: String

  public init(
    title: String, options: [String], choices: [AppMessage], selected: Int? = nil,
    onCreate: (@Sendable (String) -> AppMessage)? = nil, staysOpen: Bool = false, hint: String = ""
  ) {
    self.title = title
    self.state = ChoicePickerState(options: options, selected: selected, allowsNew: onCreate != nil)
    self.choices = choices
    self.onCreate = onCreate
    self.staysOpen = staysOpen
    self.hint = hint
  }
}

/// The text editor with what saving it does.
public struct EditorOverlay {
  public var title: String
  /// A line saying what the text is for and how to save it.
  public var hint: String
  public var state: TextEditorState
  public var original: String
  /// Esc was pressed once with unsaved text: a second Esc discards it.
  public var confirmingDiscard = false
  public var onSave: @Sendable (String) -> AppMessage

  public init(
    title: String, hint: String, text: String, onSave: @escaping @Sendable (String) -> AppMessage
  ) {
    self.title = title
    self.hint = hint
    var state = TextEditorState(text)
    while state.cursor < state.text.count { _ = state.handle(.pageDown) }
    self.state = state
    self.original = text
    self.onSave = onSave
  }

  public var isChanged: Bool { state.text != original }
}

/// Read-only lines in a box, scrolled with the arrows; Esc, q or Enter closes it.
public struct ReaderOverlay {
  public var title: String
  public var lines: [(text: String, style: Style)]
  public var scroll = 0

  public init(title: String, lines: [(text: String, style: Style)]) {
    self.title = title
    self.lines = lines
  }
}

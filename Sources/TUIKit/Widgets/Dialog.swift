/// What a key did to a dialog.
public enum DialogOutcome: Hashable, Sendable {
  case ignored, handled, cancelled
  /// The button at this index was chosen.
  case chosen(Int)
}

/// A centred modal box with a title, a wrapped message and buttons. Each button's first letter
/// (lower-cased) chooses it; Tab/arrows move the focus; Enter chooses the focused one; Esc cancels.
public struct Dialog: Hashable, Sendable {
  public var title: String
  public var message: String
  public var buttons: [String]
  /// The focused button.
  public var focus: Int

  public init(title: String, message: String, buttons: [String] = ["OK"], focus: Int = 0) {
    self.title = title
    self.message = message
    self.buttons = buttons
    self.focus = min(max(0, focus), max(0, buttons.count - 1))
  }

  /// A Yes/No confirmation focused on No, so Enter alone does not confirm.
  public static func confirm(title: String, message: String) -> Dialog {
    Dialog(title: title, message: message, buttons: ["Yes", "No"], focus: 1)
  }

  public mutating func handle(_ key: Key) -> DialogOutcome {
    switch key {
    case .escape: return .cancelled
    case .enter: return buttons.isEmpty ? .cancelled : .chosen(focus)
    case .tab, .right: focus = buttons.isEmpty ? 0 : (focus + 1) % buttons.count
    case .backTab, .left:
      focus = buttons.isEmpty ? 0 : (focus + buttons.count - 1) % buttons.count
    case .character(let c):
      let wanted = String(c).lowercased()
      guard let index = buttons.firstIndex(where: { $0.prefix(1).lowercased() == wanted }) else {
        return .ignored
      }
      return .chosen(index)
    default: return .ignored
    }
    return .handled
  }
}

extension Dialog: Widget {
  public func render(into buffer: inout Buffer, area: Rect) {
    let buttonText = buttons.map { "[ \($0) ]" }
    let buttonsWidth = buttonText.reduce(0) { $0 + DisplayWidth.of($1) + 2 }
    let wanted = max(buttonsWidth, DisplayWidth.of(title) + 4, DisplayWidth.of(message)) + 4
    let width = min(area.width, max(40, min(64, wanted)))
    let lines = TextWrap.wrap(message, width: max(1, width - 4))
    let box = area.centred(Size(width: width, height: lines.count + 4))
    let inner = buffer.box(box, title: title)
    guard inner.height > 0 else { return }
    for (row, line) in lines.enumerated() where row < inner.height - 2 {
      buffer.put(inner.x + 1, inner.y + row, line, maxWidth: inner.width - 1)
    }
    var x = inner.x + max(1, (inner.width - buttonsWidth) / 2)
    for (index, text) in buttonText.enumerated() {
      // The focused button is marked by shape as well as by reverse video, for screens without it.
      let focused = index == focus
      let shown = focused ? "▶ " + text.dropFirst(2).dropLast(2) + " ◀" : text
      let style = focused ? Style().reversed().bolded() : Style.plain
      x = buffer.put(x, inner.maxY - 1, shown, style: style, maxWidth: inner.maxX - x) + 2
    }
  }
}

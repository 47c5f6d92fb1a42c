/// A key press (or terminal event delivered as a key, such as a resize or a paste).
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Control plus a lower-case letter or symbol, e.g. `.ctrl("r")`.
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
  /// The terminal changed size; read the new size from the terminal.
  case resize
  /// Text pasted in one go (bracketed paste).
  case paste(String)
  case unknown
}

extension Key: CustomStringConvertible {
  /// The parseable name: `ctrl-r`, `?`, `enter`, `pgdn`, `f5`, `space`.
  public var description: String {
    switch self {
    case .character(" "): "space"
    case .character(let c): String(c)
    case .ctrl(let c): "ctrl-\(c)"
    case .function(let n): "f\(n)"
    case .paste: "paste"
    default: Key.names.first { $0.1 == self }?.0 ?? "unknown"
    }
  }

  /// A short label for key bars and help: `^R`, `Enter`, `PgDn`, `↑`, `F5`.
  public var label: String {
    switch self {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .ctrl(let c): "^" + String(c).uppercased()
    case .function(let n): "F\(n)"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: "Bksp"
    case .delete: "Del"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .resize: "Resize"
    case .paste: "Paste"
    case .unknown: "?"
    }
  }

  /// Parses a name such as `ctrl-r`, `C-r`, `^R`, `?`, `enter`, `esc`, `pgdn`, `shift-tab`, `f1`.
  public init?(_ name: String) {
    if name.count == 1, let c = name.first {
      self = .character(c)
      return
    }
    let lower = name.lowercased()
    if let (_, key) = Key.names.first(where: { $0.0 == lower }) {
      self = key
      return
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      if rest.count == 1, let c = rest.first {
        self = .ctrl(c)
        return
      }
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .function(n)
      return
    }
    return nil
  }

  private static let names: [(String, Key)] = [
    ("enter", .enter), ("return", .enter), ("esc", .escape), ("escape", .escape), ("tab", .tab),
    ("backtab", .backTab), ("shift-tab", .backTab), ("s-tab", .backTab),
    ("backspace", .backspace), ("bksp", .backspace), ("delete", .delete), ("del", .delete),
    ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("home", .home),
    ("end", .end), ("pgup", .pageUp), ("pageup", .pageUp), ("pgdn", .pageDown),
    ("pagedown", .pageDown), ("space", .character(" ")), ("resize", .resize),
    ("unknown", .unknown),
  ]
}

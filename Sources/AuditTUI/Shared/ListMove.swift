import TUIKit

/// A movement in a list, bound to arrows, `j`/`k` and the page keys.
public enum ListMove: Sendable {
  case up, down, pageUp, pageDown, top, bottom

  var key: Key {
    switch self {
    case .up: .up
    case .down: .down
    case .pageUp: .pageUp
    case .pageDown: .pageDown
    case .top: .home
    case .bottom: .end
    }
  }

  /// Bindings moving a list: ↑/k, ↓/j, PgUp, PgDn, Home, End.
  static func bindings(
    group: String = "Navigation", when isEnabled: @escaping @Sendable (AppState) -> Bool = { _ in true },
    _ message: @escaping @Sendable (ListMove) -> AppMessage
  ) -> [Binding<AppState, AppMessage>] {
    [
      Binding(
        keys: "up", "k", action: message(.up), "Move up", group: group, inKeyBar: false, when: isEnabled),
      Binding(
        keys: "down", "j", action: message(.down), "Move down", group: group, inKeyBar: false,
        when: isEnabled),
      Binding(
        keys: "pgup", action: message(.pageUp), "Page up", group: group, inKeyBar: false, when: isEnabled),
      Binding(
        keys: "pgdn", action: message(.pageDown), "Page down", group: group, inKeyBar: false, when: isEnabled),
      Binding(keys: "home", action: message(.top), "First", group: group, inKeyBar: false, when: isEnabled),
      Binding(keys: "end", action: message(.bottom), "Last", group: group, inKeyBar: false, when: isEnabled),
    ]
  }
}

extension ListState {
  /// Applies a list movement.
  mutating func apply(_ move: ListMove) {
    _ = handle(move.key)
  }
}

/// One key binding as data: the keys, the app action they trigger, a description, a group, and a
/// rule saying when it is enabled. One table feeds dispatch, the key bar, help and the docs.
public struct Binding<State, Action> {
  public var keys: [Key]
  public var action: Action
  public var description: String
  /// A heading for help and docs, e.g. "Navigation".
  public var group: String
  /// Whether the key bar shows this binding (help and docs always list it).
  public var inKeyBar: Bool
  /// When the binding applies; disabled bindings neither fire nor show in the key bar.
  public var isEnabled: @Sendable (State) -> Bool

  public init(
    _ keys: [Key], _ action: Action, _ description: String, group: String = "",
    inKeyBar: Bool = true, when isEnabled: @escaping @Sendable (State) -> Bool = { _ in true }
  ) {
    self.keys = keys
    self.action = action
    self.description = description
    self.group = group
    self.inKeyBar = inKeyBar
    self.isEnabled = isEnabled
  }

  /// A binding whose keys are given by name (`"ctrl-r"`, `"?"`, `"pgdn"`). A name `Key` cannot
  /// parse is a programming error: it stops the program when the table is built, not in use.
  public init(
    keys names: String..., action: Action, _ description: String, group: String = "",
    inKeyBar: Bool = true, when isEnabled: @escaping @Sendable (State) -> Bool = { _ in true }
  ) {
    let keys = names.map { name in
      guard let key = Key(name) else {
        preconditionFailure("binding \"\(description)\": unknown key name \"\(name)\"")
      }
      return key
    }
    self.init(keys, action, description, group: group, inKeyBar: inKeyBar, when: isEnabled)
  }

  /// The keys as shown to people, e.g. `q/Esc`.
  public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

extension Binding: Sendable where Action: Sendable {}

/// An ordered set of bindings, first match wins.
public struct BindingTable<State, Action> {
  public var bindings: [Binding<State, Action>]

  public init(_ bindings: [Binding<State, Action>]) {
    self.bindings = bindings
  }

  /// The action bound to `key` that is enabled in `state`, if any.
  public func action(for key: Key, in state: State) -> Action? {
    bindings.first { $0.keys.contains(key) && $0.isEnabled(state) }?.action
  }

  /// The enabled bindings the key bar shows, in order.
  public func keyBarBindings(in state: State) -> [Binding<State, Action>] {
    bindings.filter { $0.inKeyBar && $0.isEnabled(state) }
  }

  /// A Markdown section listing every binding by group, for docs such as `docs/keys.md`.
  public func markdown(title: String, level: Int = 2) -> String {
    let hashes = String(repeating: "#", count: max(1, level))
    var lines = ["\(hashes) \(title)", ""]
    var groups: [String] = []
    for binding in bindings where !groups.contains(binding.group) { groups.append(binding.group) }
    for group in groups {
      if !group.isEmpty { lines += ["\(hashes)# \(group)", ""] }
      lines += ["| Keys | Action |", "| --- | --- |"]
      for binding in bindings where binding.group == group {
        let keys = binding.keys.map { "`\(escape($0.description))`" }.joined(separator: ", ")
        lines.append("| \(keys) | \(escape(binding.description)) |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private func escape(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}

extension BindingTable: Sendable where Action: Sendable {}

import TUIKit

/// The tracker screen's keys; while an import is shown, only applying or discarding it.
enum ActionsBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(
        keys: "y", action: .actions(.apply), "Apply the changes shown", group: "Import", when: previewing),
      Binding(
        keys: "esc", action: .actions(.discard), "Discard — apply nothing", group: "Import", when: previewing),
      Binding(
        keys: "enter", action: .actions(.trail), "Trail — back to the cases", group: "Tracker", when: listing),
      Binding(keys: "n", action: .actions(.askNote), "Progress note", group: "Tracker", when: listing),
      Binding(keys: "s", action: .actions(.askStatus), "Status", group: "Tracker", when: listing),
      Binding(
        keys: "e", action: .actions(.askCorrect), "Edit — correct the text, owner, lead or due date",
        group: "Tracker", when: listing),
      Binding(keys: "f", action: .actions(.askFilter), "Filter", group: "Tracker", when: listing),
      Binding(keys: "o", action: .actions(.cycleSort), "Sort", group: "Tracker", when: listing),
      Binding(keys: "E", action: .actions(.askExport), "Export the pack", group: "Tracker", when: listing),
      Binding(keys: "I", action: .actions(.askImport), "Import updates", group: "Tracker", when: listing),
    ] + ListMove.bindings(when: listing) { .actions(.move($0)) })

  @Sendable static func previewing(_ state: AppState) -> Bool {
    if case .actions(let screen) = state.screen { return screen.preview != nil }
    return false
  }

  @Sendable static func listing(_ state: AppState) -> Bool {
    if case .actions(let screen) = state.screen { return screen.preview == nil }
    return false
  }
}

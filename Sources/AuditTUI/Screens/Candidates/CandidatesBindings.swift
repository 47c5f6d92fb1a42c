import TUIKit

/// The candidates screen's keys.
enum CandidatesBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "i", action: .candidates(.askImport), "Import a CSV", group: "Candidates"),
      Binding(
        keys: "d", action: .candidates(.askDrop),
        "Drop columns — leave out the refused ones and import again",
        group: "Candidates", when: { screen($0)?.rejected?.refusedColumns.isEmpty == false }),
      Binding(
        keys: "x", action: .candidates(.askClear), "Clear the list — after the draw", group: "Candidates",
        when: { screen($0)?.candidates?.isEmpty == false }),
    ] + ListMove.bindings { .candidates(.move($0)) })

  static func screen(_ state: AppState) -> CandidatesState? {
    if case .candidates(let screen) = state.screen { return screen }
    return nil
  }
}

import CFAGStore
import TUIKit

/// The returns screen's keys.
enum ReturnsBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "enter", action: .returns(.open), "Type the return", group: "Returns", when: hasCell),
      Binding(
        keys: "a", action: .returns(.askAgency), "Add agency — to the panel", group: "Returns",
        when: hasCases),
      Binding(
        keys: "n", action: .returns(.notInvolved), "Not involved — mark the agency so", group: "Returns",
        when: hasCell),
      Binding(
        keys: "i", action: .returns(.askImport), "Import a filled return", group: "Returns", when: hasCases),
      Binding(
        keys: "T", action: .returns(.askTemplates), "Templates — write them to send out", group: "Returns",
        when: hasCell),
      Binding(keys: "P", action: .returns(.askPack), "Pre-meeting pack", group: "Returns", when: hasCases),
      Binding(
        keys: "x", action: .returns(.askWithdraw), "Withdraw the return", group: "Returns", inKeyBar: false,
        when: hasCell),
      Binding(
        keys: "D", action: .returns(.askDeadline), "Set the returns deadline", group: "Returns",
        inKeyBar: false),
      Binding(keys: "left", action: .returns(.left), "Previous agency", group: "Navigation", inKeyBar: false),
      Binding(keys: "right", action: .returns(.right), "Next agency", group: "Navigation", inKeyBar: false),
    ] + ListMove.bindings { .returns(.move($0)) })

  /// The grid of the screen on top, when it is the returns screen.
  static func grid(_ state: AppState) -> (ReturnsState, ReturnStatus)? {
    guard case .returns(let screen) = state.screen, let record = state.record(screen.auditID) else {
      return nil
    }
    return (screen, ReturnsUpdate.status(record, state))
  }

  @Sendable static func hasCases(_ state: AppState) -> Bool { !(grid(state)?.1.cases.isEmpty ?? true) }

  @Sendable static func hasCell(_ state: AppState) -> Bool {
    guard let (screen, grid) = grid(state) else { return false }
    return ReturnsUpdate.cell(screen, grid) != nil
  }
}

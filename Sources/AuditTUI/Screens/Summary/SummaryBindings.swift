import TUIKit

/// The summary screen's keys.
enum SummaryBindings {
  static let table = BindingTable<AppState, AppMessage>(
    ListMove.bindings(group: "Navigation") { .summary(.move($0)) })
}

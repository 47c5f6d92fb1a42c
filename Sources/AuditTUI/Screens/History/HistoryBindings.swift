import TUIKit

/// The history screen's keys: it only scrolls.
enum HistoryBindings {
  static let table = BindingTable<AppState, AppMessage>(ListMove.bindings { .history(.move($0)) })
}

import TUIKit

/// Meeting mode's keys.
enum MeetingBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "n", action: .meeting(.nextCase), "Next case", group: "Meeting"),
      Binding(keys: "p", action: .meeting(.previousCase), "Previous case", group: "Meeting"),
    ] + JudgingBindings.all + [
      Binding(keys: "enter", action: .meeting(.openCase), "Case panel", group: "Meeting"),
      Binding(keys: "s", action: .meeting(.summary), "Summary", group: "Meeting"),
      Binding(keys: "a", action: .meeting(.toggleAgenda), "Agenda on/off", group: "Meeting", inKeyBar: false),
      Binding(keys: "l", action: .meeting(.askLength), "Meeting length", group: "Meeting", inKeyBar: false),
    ])
}

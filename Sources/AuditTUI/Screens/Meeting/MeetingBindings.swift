import TUIKit

/// Meeting mode's keys.
enum MeetingBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "n", action: .meeting(.nextCase), "Next — next case", group: "Meeting"),
      Binding(keys: "p", action: .meeting(.previousCase), "Prev — previous case", group: "Meeting"),
    ] + JudgingBindings.grading + [
      Binding(
        keys: "enter", action: .meeting(.openCase), "Case panel — returns, domains, all fields",
        group: "Meeting"),
      Binding(
        keys: "s", action: .meeting(.summary),
        "Summary — grades, tags, escalations (also after the last case)", group: "Meeting"),
    ] + JudgingBindings.writing + [
      Binding(keys: "a", action: .meeting(.toggleAgenda), "Agenda on/off", group: "Meeting", inKeyBar: false),
      Binding(keys: "l", action: .meeting(.askLength), "Meeting length", group: "Meeting", inKeyBar: false),
    ])
}

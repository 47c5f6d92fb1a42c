import CFAGDomain
import TUIKit

/// The case panel's keys; the judging keys are shared with meeting mode.
enum CasePanelBindings {
  static let table = BindingTable<AppState, AppMessage>(
    JudgingBindings.all + [
      Binding(keys: "enter", action: .panel(.activate), "Edit / grade the selected row", group: "Case"),
      Binding(keys: "tab", action: .panel(.nextPane), "Next pane", group: "Case"),
      Binding(
        keys: "shift-tab", action: .panel(.previousPane), "Previous pane", group: "Case", inKeyBar: false),
      Binding(keys: "n", action: .panel(.nextCase), "Next case", group: "Case"),
      Binding(keys: "p", action: .panel(.previousCase), "Previous case", group: "Case"),
      Binding(
        keys: "]", action: .panel(.nextAgency), "Next agency's return", group: "Case", inKeyBar: false),
      Binding(
        keys: "[", action: .panel(.previousAgency), "Previous agency's return", group: "Case",
        inKeyBar: false),
    ] + ListMove.bindings { .panel(.move($0)) })
}

/// Keys for judging the case on screen, in the case panel and in meeting mode.
enum JudgingBindings {
  static let all: [Binding<AppState, AppMessage>] = [
    Binding(keys: "g", action: .judge(.grade(.good)), "Grade good", group: "Judging"),
    Binding(
      keys: "r", action: .judge(.grade(.requiresImprovement)), "Grade requires improvement", group: "Judging"),
    Binding(keys: "i", action: .judge(.grade(.inadequate)), "Grade inadequate", group: "Judging"),
    Binding(keys: "e", action: .judge(.editRationale), "Edit the rationale", group: "Judging"),
    Binding(keys: "t", action: .judge(.editTags), "Finding tags", group: "Judging"),
    Binding(keys: "!", action: .judge(.escalate), "Escalate", group: "Judging"),
    Binding(
      keys: "o", action: .judge(.guidance(nil)), "Questions and guidance", group: "Judging", inKeyBar: false),
    Binding(
      keys: "b", action: .judge(.editGoodPractice), "Good practice", group: "Judging", inKeyBar: false),
    Binding(keys: "v", action: .judge(.editVoice), "Voice of the child", group: "Judging", inKeyBar: false),
  ]
}

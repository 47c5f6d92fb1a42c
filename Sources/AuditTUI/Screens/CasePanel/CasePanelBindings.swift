import CFAGDomain
import TUIKit

/// The case panel's keys; the judging keys are shared with meeting mode.
enum CasePanelBindings {
  static let table = BindingTable<AppState, AppMessage>(
    JudgingBindings.all + [
      Binding(
        keys: "enter", action: .panel(.activate), "Edit — grade or edit the selected row", group: "Case"),
      Binding(keys: "tab", action: .panel(.nextPane), "Next pane", group: "Case"),
      Binding(
        keys: "shift-tab", action: .panel(.previousPane), "Previous pane", group: "Case", inKeyBar: false),
      Binding(keys: "n", action: .panel(.nextCase), "Next — next case", group: "Case"),
      Binding(keys: "p", action: .panel(.previousCase), "Prev — previous case", group: "Case"),
      Binding(
        keys: "]", action: .panel(.nextAgency), "Next agency's return", group: "Case", inKeyBar: false),
      Binding(
        keys: "[", action: .panel(.previousAgency), "Previous agency's return", group: "Case",
        inKeyBar: false),
    ] + ListMove.bindings { .panel(.move($0)) })
}

/// Keys for judging the case on screen, in the case panel and in meeting mode.
enum JudgingBindings {
  /// The grades and the escalation: what the meeting's key bar must always show.
  static let grading: [Binding<AppState, AppMessage>] = [
    Binding(keys: "g", action: .judge(.grade(.good)), "Good — overall grade good", group: "Judging"),
    Binding(
      keys: "r", action: .judge(.grade(.requiresImprovement)), "RI — overall grade requires improvement",
      group: "Judging"),
    Binding(
      keys: "i", action: .judge(.grade(.inadequate)), "Inadequate — overall grade inadequate",
      group: "Judging"),
    Binding(
      keys: "!", action: .judge(.escalate), "Escalate — urgent action with owner and lead", group: "Judging"),
  ]

  /// Writing the judgement out.
  static let writing: [Binding<AppState, AppMessage>] = [
    Binding(
      keys: "e", action: .judge(.editRationale), "Rationale — why the panel graded so", group: "Judging"),
    Binding(
      keys: "t", action: .judge(.editTags), "Tags — finding tags, picked or typed new", group: "Judging"),
    Binding(
      keys: "o", action: .judge(.guidance(nil)), "Questions and guidance", group: "Judging", inKeyBar: false),
    Binding(
      keys: "b", action: .judge(.editGoodPractice), "Good practice", group: "Judging", inKeyBar: false),
    Binding(keys: "v", action: .judge(.editVoice), "Voice of the child", group: "Judging", inKeyBar: false),
  ]

  static let all = grading + writing
}

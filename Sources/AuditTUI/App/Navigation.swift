import CFAGDomain
import TUIKit

/// Where the workflow keys lead: the steps of an audit from the candidate list to sign-off, and the
/// tracker and history beside them.
public enum Destination: Sendable, CaseIterable {
  /// The picker listing every step with its key.
  case steps
  case candidates, sampling, returns, meeting, findings, report, actions, history

  /// The keys that go there from any screen: the steps are numbered in the order of the work,
  /// and no screen gives these keys another meaning (a test holds that).
  var keys: [String] {
    switch self {
    case .steps: ["w"]
    case .candidates: ["1", "c"]
    case .sampling: ["2"]
    case .returns: ["3"]
    case .meeting: ["4"]
    case .findings: ["5"]
    case .report: ["6"]
    case .actions: ["7"]
    case .history: ["8", "h"]
    }
  }

  var label: String {
    switch self {
    case .steps: "Steps — go to any step of the audit"
    case .candidates: "Candidate list — import the case system's CSV"
    case .sampling: "Sample — draw the audit's cases at random"
    case .returns: "Agency returns — who has returned what, by the deadline"
    case .meeting: "Meeting — grade the cases one by one"
    case .findings: "Findings and recommendations — and raise actions"
    case .report: "Report — write it, export it, sign off"
    case .actions: "Action tracker — progress, status, the subgroup's pack"
    case .history: "History — the change log of what is selected"
    }
  }

  /// Whether the step belongs to one audit (and so needs one open or selected).
  var needsAudit: Bool {
    switch self {
    case .sampling, .returns, .meeting, .findings, .report: true
    case .steps, .candidates, .actions, .history: false
    }
  }
}

/// The workflow keys: bound on every screen, each with one meaning everywhere.
enum WorkflowBindings {
  static let all: [Binding<AppState, AppMessage>] = Destination.allCases.map { destination in
    Binding(
      destination.keys.compactMap(Key.init), .go(destination), destination.label, group: "Go to",
      inKeyBar: destination == .steps,
      when: { state in !destination.needsAudit || Navigation.auditID(state) != nil })
  }
}

/// Moving between the workflow screens.
enum Navigation {
  /// The audit the screen on top is about: the one open, or selected on the home screen.
  static func auditID(_ state: AppState) -> AuditID? {
    if case .home = state.screen { return HomeUpdate.selected(state)?.id }
    return state.screen.auditID
  }

  static func go(_ destination: Destination, _ state: inout AppState) -> [Command<AppEffect>] {
    let id = auditID(state)
    if destination.needsAudit && id == nil {
      state.fail("select an audit first (on the home screen), or create one with n")
      return []
    }
    if state.screen.destination == destination {
      state.inform("Already here: \(state.screen.name).")
      return []
    }
    switch destination {
    case .steps:
      let steps = Destination.allCases.filter { $0 != .steps }
      state.overlay = .picker(
        PickerOverlay(
          title: "Steps" + (id.map { " of \($0)" } ?? ""),
          options: steps.map { "\($0.keys.joined(separator: "/"))  \($0.label)" },
          choices: steps.map { .go($0) },
          hint: "Enter goes there · each number also works from any screen"))
      return []
    case .history:
      return HistoryUpdate.open(&state)
    case .meeting:
      guard let id else { return [] }
      var meeting = MeetingState(auditID: id, now: state.now)
      if case .auditEditor(let editor) = state.screen, let row = editor.cases.selected { meeting.index = row }
      if case .casePanel(let panel) = state.screen,
        let row = state.record(id)?.includedCases.firstIndex(where: { $0.reference == panel.reference })
      {
        meeting.index = row
      }
      open(.meeting(meeting), &state)
      return [.run(.loadAudit(id))]
    case .candidates:
      open(.candidates(CandidatesState(auditID: id)), &state)
      return [.run(.candidates(.load))]
    case .actions:
      open(.actions(ActionsState(auditID: id)), &state)
      return [.run(.actions(.load))]
    case .sampling, .returns, .findings, .report:
      guard let id else { return [] }
      let screen: Screen =
        switch destination {
        case .sampling: .sampling(SamplingState(auditID: id))
        case .returns: .returns(ReturnsState(auditID: id))
        case .findings: .findings(FindingsState(auditID: id))
        default: .report(ReportState(auditID: id))
        }
      open(screen, &state)
      return [.run(.loadAudit(id))] + WorkflowRefresh.commands(state)
    }
  }

  /// Opens a screen: beside another workflow screen it takes its place, so `q` goes back to
  /// where the work started rather than through every step visited.
  static func open(_ screen: Screen, _ state: inout AppState) {
    if state.screen.isWorkflowStep, state.stack.count > 1 {
      state.stack.removeLast()
    }
    state.push(screen)
  }
}

extension Screen {
  /// The audit the screen is about, if any.
  var auditID: AuditID? {
    switch self {
    case .home: nil
    case .auditEditor(let editor): editor.auditID
    case .casePanel(let panel): panel.auditID
    case .meeting(let meeting): meeting.auditID
    case .summary(let summary): summary.auditID
    case .candidates(let screen): screen.auditID
    case .sampling(let screen): screen.auditID
    case .returns(let screen): screen.auditID
    case .findings(let screen): screen.auditID
    case .report(let screen): screen.auditID
    case .actions(let screen): screen.auditID
    case .history(let screen): screen.auditID
    }
  }

  /// The workflow step this screen is, when it is one: its key then leaves it as it is.
  var destination: Destination? {
    switch self {
    case .candidates: .candidates
    case .sampling: .sampling
    case .returns: .returns
    case .meeting: .meeting
    case .findings: .findings
    case .report: .report
    case .actions: .actions
    case .history: .history
    case .home, .auditEditor, .casePanel, .summary: nil
    }
  }

  /// The screens the workflow keys move between (they replace each other on the route).
  var isWorkflowStep: Bool {
    switch self {
    case .candidates, .sampling, .returns, .findings, .report, .actions, .meeting, .summary: true
    case .home, .auditEditor, .casePanel, .history: false
    }
  }
}

extension WorkflowRefresh {
  /// Keeps the workflow screens' selections in range after the audit or the tracker reloads.
  static func clamp(_ state: inout AppState) {
    SamplingUpdate.clamp(&state)
    ReturnsUpdate.clamp(&state)
    FindingsUpdate.clamp(&state)
    ReportUpdate.clamp(&state)
  }
}

/// After a save, what the screen on top loads beyond the audit and home data every edit reloads.
enum WorkflowRefresh {
  static func commands(_ state: AppState) -> [Command<AppEffect>] {
    state.screen.kit.refresh(state)
  }
}

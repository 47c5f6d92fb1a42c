import CFAGDomain
import TUIKit

/// What the case panel's own actions do: moving between panes, rows, agencies and cases.
enum CasePanelUpdate {
  static func update(_ state: inout AppState, _ action: CasePanelAction) -> [Command<AppEffect>] {
    guard case .casePanel(var panel) = state.screen, let record = state.record(panel.auditID) else {
      return []
    }
    let returns = record.returns(for: panel.reference)
    switch action {
    case .move(let move):
      switch panel.pane {
      case .returns:
        let delta: Int =
          switch move {
          case .up: -1
          case .down: 1
          case .pageUp: -10
          case .pageDown: 10
          case .top: -10_000
          case .bottom: 10_000
          }
        panel.returnScroll = max(0, panel.returnScroll + delta)
      case .domains:
        panel.domains.setCount(record.audit.theme.domains.count)
        panel.domains.apply(move)
      case .judgement: panel.fields.apply(move)
      }
    case .nextPane, .previousPane:
      let panes = CasePanelPane.allCases
      let index = panes.firstIndex(of: panel.pane) ?? 0
      let step = if case .nextPane = action { 1 } else { panes.count - 1 }
      panel.pane = panes[(index + step) % panes.count]
    case .nextAgency, .previousAgency:
      guard !returns.isEmpty else { return [] }
      let step = if case .nextAgency = action { 1 } else { returns.count - 1 }
      panel.agencyTab = (panel.agencyTab + step) % returns.count
      panel.returnScroll = 0
    case .nextCase, .previousCase:
      let cases = record.includedCases.map(\.reference)
      guard let index = cases.firstIndex(of: panel.reference) else { return [] }
      let step = if case .nextCase = action { 1 } else { -1 }
      let target = index + step
      guard cases.indices.contains(target) else {
        state.inform(target < 0 ? "This is the first case." : "This is the last case.")
        return []
      }
      panel = CasePanelState(auditID: panel.auditID, reference: cases[target])
      state.status = nil
    case .activate:
      state.replaceTop(.casePanel(panel))
      return activate(panel, record, &state)
    }
    state.replaceTop(.casePanel(panel))
    return []
  }

  private static func activate(
    _ panel: CasePanelState, _ record: AuditRecord, _ state: inout AppState
  ) -> [Command<AppEffect>] {
    switch panel.pane {
    case .returns:
      return CaseCommands.update(&state, .guidance(nil))
    case .domains:
      let domains = record.audit.theme.domains
      guard let row = panel.domains.selected, row < domains.count else { return [] }
      return CaseCommands.update(&state, .gradeDomain(domains[row].id))
    case .judgement:
      guard let row = panel.fields.selected else { return [] }
      switch JudgementField.allCases[row] {
      case .overall:
        state.overlay = .picker(
          PickerOverlay(
            title: "Overall grade for \(panel.reference)", options: Grade.allCases.map(\.label),
            choices: Grade.allCases.map { .judge(.grade($0)) },
            hint: "or press g, r or i on the case itself"))
        return []
      case .rationale: return CaseCommands.update(&state, .editRationale)
      case .findings: return CaseCommands.update(&state, .editTags)
      case .goodPractice: return CaseCommands.update(&state, .editGoodPractice)
      case .voice: return CaseCommands.update(&state, .editVoice)
      case .escalation: return CaseCommands.update(&state, .reviewEscalations)
      }
    }
  }
}

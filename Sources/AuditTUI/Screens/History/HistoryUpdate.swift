import CFAGDomain
import CFAGStore
import TUIKit

/// Opening the history of whatever is selected, and moving through it.
enum HistoryUpdate {
  static func update(_ state: inout AppState, _ action: HistoryAction) -> [Command<AppEffect>] {
    guard case .history(var screen) = state.screen else { return [] }
    switch action {
    case .move(let move): screen.list.apply(move)
    case .loaded(let records):
      screen.records = records.filter { screen.entity == nil || $0.entity == screen.entity }.reversed()
      screen.list.setCount(screen.records?.count ?? 0)
    }
    state.replaceTop(.history(screen))
    return []
  }

  /// Opens the history of the item selected on the screen on top.
  static func open(_ state: inout AppState) -> [Command<AppEffect>] {
    if case .history = state.screen {
      state.inform("This is the history already; q goes back to the item.")
      return []
    }
    let screen = target(state)
    state.push(.history(screen))
    return [.run(.history(screen.scope))]
  }

  /// The history to show for the screen on top: its selected item, else its audit, else everything.
  static func target(_ state: AppState) -> HistoryState {
    let audit = Navigation.auditID(state)
    func ofCase(_ id: String, _ reference: CaseReference) -> HistoryState {
      HistoryState(
        auditID: id, title: "case \(reference.value) of \(id)",
        scope: .auditCase(audit: id, reference: reference.value))
    }
    func ofAudit(_ id: String) -> HistoryState {
      HistoryState(auditID: id, title: "audit \(id)", scope: .audit(id))
    }
    let everything = HistoryState(auditID: audit, title: "everything", scope: .all)
    switch state.screen {
    case .casePanel(let panel): return ofCase(panel.auditID, panel.reference)
    case .meeting, .auditEditor:
      if let current = CaseCommands.current(state) {
        return ofCase(current.record.audit.id, current.reference)
      }
      if case .auditEditor(let editor) = state.screen, let id = editor.auditID,
        let auditCase = AuditEditorUpdate.selectedCase(editor, state.record(id))
      {
        return ofCase(id, auditCase.reference)
      }
      return audit.map(ofAudit) ?? everything
    case .sampling(let screen):
      if let auditCase = SamplingUpdate.selected(screen, state.record(screen.auditID)) {
        return ofCase(screen.auditID, auditCase.reference)
      }
      return ofAudit(screen.auditID)
    case .returns(let screen):
      guard let record = state.record(screen.auditID),
        let (reference, agency) = ReturnsUpdate.cell(
          screen, ReturnStatus(record: record, directory: state.directory, today: state.today))
      else { return ofAudit(screen.auditID) }
      return HistoryState(
        auditID: screen.auditID, title: "\(agency.shortName)'s return for \(reference.value)",
        scope: .agencyReturn(audit: screen.auditID, reference: reference, agency: agency.id))
    case .findings(let screen):
      guard screen.pane == .recommendations, let record = state.record(screen.auditID),
        let recommendation = FindingsUpdate.selectedRecommendation(screen, record)
      else { return ofAudit(screen.auditID) }
      return HistoryState(
        auditID: screen.auditID, title: "recommendation \(recommendation.id)",
        scope: .recommendation(recommendation.id))
    case .report(let screen):
      guard screen.pane == .sections, let record = state.record(screen.auditID),
        let section = ReportUpdate.selected(screen, record)
      else { return ofAudit(screen.auditID) }
      return HistoryState(
        auditID: screen.auditID, title: "the \(section.key) section of \(screen.auditID)",
        scope: .reportSection(audit: screen.auditID, section: section))
    case .actions(let screen):
      guard let action = ActionsUpdate.selected(screen, state) else { return everything }
      return HistoryState(auditID: screen.auditID, title: "action \(action.id)", scope: .action(action.id))
    case .candidates(let screen):
      return HistoryState(
        auditID: screen.auditID, title: "the candidate list", scope: .all, entity: "candidate")
    case .home, .summary, .history:
      return audit.map(ofAudit) ?? everything
    }
  }
}

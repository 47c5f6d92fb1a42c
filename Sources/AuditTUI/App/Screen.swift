/// One screen of the workbench with its own state. The route is a stack of these: the top one is
/// shown and gets the keys; `q`/Esc pops it. Adding a screen means adding a case here, a folder
/// under `Screens/` with its state, actions, update, view, bindings and kit, and a line in `kit`.
public enum Screen {
  case home(HomeState)
  case auditEditor(AuditEditorState)
  case casePanel(CasePanelState)
  case meeting(MeetingState)
  case summary(SummaryState)
  case candidates(CandidatesState)
  case sampling(SamplingState)
  case returns(ReturnsState)
  case findings(FindingsState)
  case report(ReportState)
  case actions(ActionsState)
  case history(HistoryState)

  /// The route's name for breadcrumbs and docs.
  public var name: String { kit.name }
}

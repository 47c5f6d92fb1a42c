/// One screen of the workbench with its own state. The route is a stack of these: the top one is
/// shown and gets the keys; `q`/Esc pops it. Adding a screen means adding a case here and a folder
/// under `Screens/` with its state, actions, update, view and bindings.
public enum Screen {
  case home(HomeState)
  case auditEditor(AuditEditorState)
  case casePanel(CasePanelState)
  case meeting(MeetingState)
  case summary(SummaryState)

  /// The route's name for breadcrumbs and docs.
  public var name: String {
    switch self {
    case .home: "Home"
    case .auditEditor(let state): state.auditID == nil ? "New audit" : "Audit"
    case .casePanel: "Case panel"
    case .meeting: "Meeting"
    case .summary: "Summary"
    }
  }
}

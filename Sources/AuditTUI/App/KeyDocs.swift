import TUIKit

/// `docs/keys.md`, generated from the binding tables so the help, the key bars and the document
/// never disagree.
public enum KeyDocs {
  /// The whole document.
  public static func markdown() -> String {
    let sections: [(String, BindingTable<AppState, AppMessage>)] = [
      ("Everywhere", GlobalBindings.table),
      ("Home", HomeBindings.table),
      ("New audit and audit", AuditEditorBindings.table),
      ("Case panel", CasePanelBindings.table),
      ("Meeting mode", MeetingBindings.table),
      ("Meeting summary", SummaryBindings.table),
      ("Candidate list", CandidatesBindings.table),
      ("Sample", SamplingBindings.table),
      ("Agency returns", ReturnsBindings.table),
      ("Findings and recommendations", FindingsBindings.table),
      ("Report", ReportBindings.table),
      ("Action tracker", ActionsBindings.table),
      ("History", HistoryBindings.table),
      ("Text editor", OverlayBindings.editor),
      ("Forms", OverlayBindings.form),
      ("Pickers and the command palette", OverlayBindings.picker),
      ("Help", OverlayBindings.help),
      ("Dialogs", OverlayBindings.dialog),
    ]
    let intro = """
      # Keys

      Generated from the binding tables in `Sources/AuditTUI` (the same tables feed the key bar and
      the `?` help). Do not edit by hand: run `SNAPSHOT_UPDATE=1 swift test --filter KeyDocsTests`.
      Some keys mean different things on different screens; a screen's own keys come before the
      ones that work everywhere.

      """
    return intro + "\n" + sections.map { $0.1.markdown(title: $0.0) }.joined(separator: "\n")
  }
}

import TUIKit

/// `docs/keys.md`, generated from the binding tables so the help, the key bars and the document
/// never disagree.
public enum KeyDocs {
  /// The whole document.
  public static func markdown() -> String {
    let intro = """
      # Keys

      Generated from the binding tables in `Sources/AuditTUI` (the same tables feed the key bar and
      the `?` help). Do not edit by hand: run `SNAPSHOT_UPDATE=1 swift test --filter KeyDocsTests`.
      The keys under "Everywhere" mean the same on every screen; the steps of the work are numbered
      1 to 8 in their order.

      """
    return intro + "\n" + sections.map { $0.1.markdown(title: $0.0) }.joined(separator: "\n")
  }

  /// Each screen key that gives a key working everywhere another meaning, as "Screen: key".
  /// Esc is left out: on every screen it closes what is open or goes back.
  public static func clashesWithEverywhere() -> [String] {
    let everywhere = Set(GlobalBindings.table.bindings.flatMap(\.keys)).subtracting([.escape])
    return screens.flatMap { title, table in
      table.bindings.flatMap(\.keys).filter(everywhere.contains).map { "\(title): \($0.label)" }
    }
  }

  private static var sections: [(String, BindingTable<AppState, AppMessage>)] {
    [("Everywhere", GlobalBindings.table)] + screens + overlays
  }

  /// Each screen's own keys.
  private static let screens: [(String, BindingTable<AppState, AppMessage>)] = [
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
  ]

  /// The keys of what floats over a screen (they take every key, typing included).
  private static let overlays: [(String, BindingTable<AppState, AppMessage>)] = [
    ("Text editor", OverlayBindings.editor),
    ("Forms", OverlayBindings.form),
    ("Pickers and the command palette", OverlayBindings.picker),
    ("Help", OverlayBindings.help),
    ("Dialogs", OverlayBindings.dialog),
  ]
}

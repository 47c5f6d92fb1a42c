import TUIKit

/// The home screen's keys.
enum HomeBindings {
  static let table = BindingTable<AppState, AppMessage>(
    [
      Binding(keys: "n", action: .home(.newAudit), "New audit", group: "Audits"),
      Binding(
        keys: "enter", action: .home(.open), "Open — the audit, or what was found", group: "Audits",
        when: hasSelection),
      Binding(
        keys: "m", action: .home(.meeting), "Meeting mode", group: "Audits", when: hasSelection),
      Binding(
        keys: "/", action: .home(.search), "Search — audits, cases, findings, recommendations and actions",
        group: "Audits", when: hasAudits),
      Binding(
        keys: "d", action: .home(.loadDemo), "Demo data — load made-up audits to try things",
        group: "Audits", when: { !hasAudits($0) && $0.home != nil }),
      Binding(
        keys: "ctrl-l", action: .home(.reload), "Reload from the database", group: "Audits",
        inKeyBar: false),
    ] + ListMove.bindings(when: hasAudits) { .home(.move($0)) })

  @Sendable static func hasAudits(_ state: AppState) -> Bool {
    !(state.home?.summaries.isEmpty ?? true)
  }

  @Sendable static func hasSelection(_ state: AppState) -> Bool {
    HomeUpdate.selected(state) != nil || HomeUpdate.selectedResult(state) != nil
  }
}

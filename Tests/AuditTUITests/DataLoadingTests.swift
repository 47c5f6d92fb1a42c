import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// What the screens read and when: the home screen counts the tracker without loading it, the
/// tracker loads when its screen opens, and a save reads again only what it changed.
@Suite struct DataLoadingTests {
  @Test func theHomeScreenCountsTheTrackerAndItsActionsLoadOnlyWhenItOpens() throws {
    let h = try WorkflowSnapshot.harness()
    #expect(h.state.home?.tracker.open == 2)
    #expect(!h.state.stack.contains { if case .actions = $0 { true } else { false } })
    try h.press("7")
    guard case .actions(let screen) = h.state.screen else {
      Issue.record("the tracker did not open")
      return
    }
    #expect(screen.actions?.count == 2)
    #expect(screen.visible.count == 2)
  }

  @Test func aGradeReadsAgainItsAuditsLineAndTheTallyNotTheWholeHome() throws {
    let h = try WorkflowSnapshot.harness()
    let summary = try #require(h.state.home?.summaries.first)
    let record = try h.record(summary.id)
    let ungraded = try #require(
      record.cases.first { $0.isIncluded && record.assessment(for: $0.reference) == nil })
    let messages = h.runner.run(
      .edit(
        .grade(
          auditID: summary.id, reference: ungraded.reference.value,
          GradeInput(overall: .good, rationale: "Seen alone at every visit")),
        message: "Graded.", undo: nil, origin: .user))
    #expect(!messages.contains { if case .result(.homeLoaded) = $0 { true } else { false } })
    #expect(messages.contains { if case .result(.homeChanged) = $0 { true } else { false } })
    #expect(!messages.contains { if case .result(.auditLoaded) = $0 { true } else { false } })
    #expect(messages.contains { if case .result(.assessmentsLoaded) = $0 { true } else { false } })
    for message in messages { try h.runtime.send(message) }
    let after = try #require(h.state.home?.summaries.first { $0.id == summary.id })
    #expect(after.distribution.graded == summary.distribution.graded + 1)
    #expect(h.state.home?.summaries.map(\.id) == (try h.fixture.workbench.auditSummaries().map(\.id)))
    #expect(h.state.home?.tracker.open == 2)
    #expect(h.state.record(summary.id)?.assessment(for: ungraded.reference)?.overall == .good)
  }

  @Test func aChangedAuditKeepsItsPlaceNewestMeetingFirst() throws {
    let h = try WorkflowSnapshot.harness()
    var home = try #require(h.state.home)
    let summary = try #require(home.summaries.first)
    var older = summary
    older.id = "CFAG-2001-01"
    older.meetingDate = Day(iso: "2001-01-10")!
    home.summaries.append(older)
    var moved = summary
    moved.meetingDate = Day(iso: "2000-06-01")!
    home.apply(
      HomeChange(head: home.head, auditID: summary.id, summary: moved, standings: []),
      today: h.state.today)
    #expect(home.summaries.map(\.id) == ["CFAG-2001-01", summary.id])
    #expect(home.tracker.open == 0)
    home.apply(
      HomeChange(head: home.head, auditID: summary.id, summary: nil, standings: []),
      today: h.state.today)
    #expect(home.summaries.map(\.id) == ["CFAG-2001-01"])
  }

  @Test func theThemesAreReadAfterTheAuditListIsOnScreenAndTheFindingTagsNotAtAll() throws {
    let fixture = try TUIFixture()
    let runner = EffectRunner(workbench: fixture.workbench, themes: { [TUIFixture.theme] })
    let runtime = Runtime(
      app: AuditApp(clock: { 0 }), state: AppState(today: TUIFixture.today, themes: [], actor: "Tester"),
      terminal: HeadlessTerminal(size: Size(width: 80, height: 24)), runEffect: runner.run)
    var loaded: [String] = []
    for effect in AuditApp.startup {
      for message in runner.run(effect) {
        try runtime.send(message)
        guard case .result(let result) = message else { continue }
        switch result {
        case .homeLoaded: loaded.append("audit list, \(runtime.state.themes.count) themes")
        case .themesLoaded: loaded.append("themes")
        case .findingTagsLoaded: loaded.append("finding tags")
        default: loaded.append("other")
        }
      }
    }
    #expect(loaded == ["audit list, 0 themes", "themes"])
    #expect(runtime.state.knownTags == nil)
  }
}

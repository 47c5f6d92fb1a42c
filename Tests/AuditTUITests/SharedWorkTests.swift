import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// Several people on one database: what another process saves shows on an open screen, a save
/// over it is refused, and personal-data warnings from the operations reach the screen.
@Suite struct SharedWorkTests {
  func harness() throws -> (Harness, AuditID, Workbench) {
    let fixture = try TUIFixture()
    let id = try fixture.meetingAudit()
    let other = try Workbench(
      store: fixture.workbench.store,
      session: Session(actor: "Panel member", today: TUIFixture.today, clock: { "2026-11-23T11:05:00.000Z" }))
    return (try Harness(fixture: fixture), id, other)
  }

  @Test func aGradeSavedElsewhereShowsWithoutAKeyPress() throws {
    let (h, id, other) = try harness()
    try h.press("enter", "m")
    #expect(h.contains("3 of 6 graded"))
    try other.grade(id, reference: "MC-100004", GradeInput(overall: .good, rationale: "Timely plan"))
    try h.tick(AuditApp.changeCheckSeconds)
    #expect(h.contains("4 of 6 graded"))
    #expect(h.contains("Refreshed: Panel member saved a change at 11:05"))
  }

  @Test func aStaleFormIsRefusedNotSavedOverTheirWork() throws {
    let (h, id, other) = try harness()
    let reference = CaseReference(trusted: "MC-100002")
    try h.press("enter", "down", "enter", "e")
    try h.type(" Mine.")
    try other.grade(id, reference: "MC-100002", GradeInput(overall: .good, rationale: "Theirs."))
    try h.tick(AuditApp.changeCheckSeconds)
    #expect(h.contains("Out of date: Panel member saved at 11:05"))
    try h.press("ctrl-s")
    #expect(h.contains("Not saved: Panel member changed it at 11:05"))
    #expect(try h.record(id).assessment(for: reference)?.rationale == "Theirs.")
    try h.press("esc", "esc")
    #expect(h.contains("Theirs."))
  }

  @Test func personalDataWarningsFromTheOperationShowOnScreen() throws {
    let (h, _, _) = try harness()
    try h.press("enter", "m", "n", "n", "n", "g")
    try h.type("Mr Smith was seen at ME4 4TR, with mc-100005").press("ctrl-s")
    #expect(
      h.state.status?.text.contains("Check rationale: a person's name, a postcode, a case reference (mc-10")
        == true)
  }

  @Test func undoingADomainGradeTheCaseNeverHadRemovesIt() throws {
    let (h, id, _) = try harness()
    let reference = CaseReference(trusted: "MC-100002")
    try h.press("enter", "down", "enter", "tab", "tab", "down", "enter")
    try h.press("down", "down", "enter")
    #expect(try h.record(id).assessment(for: reference)?.domainGrades["voice"] == .graded(.inadequate))
    try h.press("u")
    #expect(try h.record(id).assessment(for: reference)?.domainGrades.isEmpty == true)
    #expect(h.contains("Undone"))
  }
}

/// `update` on its own, with no database: what it asks the effect runner for, and what it does
/// with results, failures included.
@Suite struct UpdateWithoutDatabaseTests {
  let app = AuditApp(clock: { 0 })

  func state() -> AppState {
    AppState(today: TUIFixture.today, themes: TUIFixture.themes, actor: "Tester")
  }

  @Test func everySaveIsStampedWithTheHeadTheScreenWasLoadedAt() {
    var state = state()
    state.head = LogSequence(41)
    state.overlay = .form(
      FormState(title: "t", fields: [.init("Reason")]) { _ in .result(.failed("unused")) })
    let commands = app.update(&state, .sampling(.replace(reference: "MC-1", reason: "moved")))
    let stamped = commands.compactMap { command -> LogSequence? in
      guard case .run(.edit(_, _, _, _, let basis)) = command else { return nil }
      return basis
    }
    #expect(stamped.allSatisfy { $0 == LogSequence(41) })
  }

  @Test func aRefusedFieldTakesTheFocusAndTheFormStaysOpen() {
    var state = state()
    state.overlay = .form(
      FormState(title: "Escalate", fields: [.init("Concern"), .init("Lead")]) { _ in .result(.failed("x")) })
    _ = app.update(&state, .result(.failed("Lead: name the lead who will act on it.", field: .lead)))
    guard case .form(let form) = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.focus == 1)
    #expect(state.status == .error("Lead: name the lead who will act on it."))
  }

  @Test func aChangeElsewhereWaitsForAnOpenFormThenReloads() {
    var state = state()
    state.overlay = .form(FormState(title: "t", fields: [.init("Reason")]) { _ in .result(.failed("x")) })
    #expect(
      app.update(&state, .result(.changedElsewhere(by: "Panel member", at: "2026-11-23T11:05:00Z"))).isEmpty)
    #expect(state.status?.level == .warning)
    let commands = app.update(&state, .key(.escape))
    #expect(state.overlay == nil)
    #expect(
      commands.contains {
        if case .run(.refresh) = $0 { return true }
        return false
      })
  }

  @Test func theTickAsksForChangesOnlyEverySoOften() {
    var state = state()
    state.head = LogSequence(7)
    let first = app.update(&state, .tick(seconds: AuditApp.changeCheckSeconds))
    let second = app.update(&state, .tick(seconds: AuditApp.changeCheckSeconds))
    #expect(first.count == 1 && second.isEmpty)
  }
}

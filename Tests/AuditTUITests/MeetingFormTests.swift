import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// Forms that never lose or misplace what was typed: Enter in order, required fields that say what
/// they need, Esc that asks, one-key answers; messages that are never cut; sign-off that lists gaps.
@Suite struct MeetingFormTests {
  private func form() -> FormState {
    FormState(
      title: "Escalate",
      fields: [
        .init("Concern", hint: "what the immediate concern is"), .init("Owner", value: "social care"),
        .init("Lead", hint: "who acts on it"), .init("Due", hint: "YYYY-MM-DD", optional: true),
      ]
    ) { _ in .global(.back) }
  }

  @Test func enterOnAnEmptyRequiredFieldStaysAndSaysWhatItNeeds() {
    var form = form()
    #expect(form.handle(.enter) == .handled)
    #expect(form.focus == 0)
    #expect(form.problem?.field == 0)
    #expect(form.problem?.text == "Concern is needed: what the immediate concern is")
    for character in "No plan" { _ = form.handle(.character(character)) }
    #expect(form.problem == nil)
  }

  @Test func enterMovesToTheNextFieldInOrderNotTheNextEmptyOne() {
    var form = form()
    for character in "No plan" { _ = form.handle(.character(character)) }
    _ = form.handle(.enter)
    #expect(form.focus == 1)
    _ = form.handle(.enter)
    #expect(form.focus == 2)
    // The concern never lands in Lead: Lead is empty and says so.
    _ = form.handle(.enter)
    #expect(form.focus == 2)
    #expect(form.values["Lead"] == "")
    #expect(form.values["Concern"] == "No plan")
  }

  @Test func saveWithARequiredFieldEmptyGoesToIt() {
    var form = form()
    _ = form.handle(.down)
    _ = form.handle(.down)
    for character in "Team manager" { _ = form.handle(.character(character)) }
    #expect(form.handle(.ctrl("s")) == .handled)
    #expect(form.focus == 0)
    #expect(form.problem?.field == 0)
  }

  @Test func escapeOnAChangedFormAsksFirst() {
    var untouched = form()
    #expect(untouched.handle(.escape) == .cancelled)
    var form = form()
    _ = form.handle(.character("x"))
    #expect(form.handle(.escape) == .handled)
    #expect(form.confirmingExit)
    #expect(form.handle(.escape) == .handled)
    #expect(!form.confirmingExit)
    #expect(form.values["Concern"] == "x")
    _ = form.handle(.escape)
    #expect(form.handle(.character("d")) == .cancelled)
  }

  @Test func oneKeyAnswersFillChoiceFields() {
    var form = FormState(
      title: "Return",
      fields: [
        .init(
          "Was the child seen alone?", quickAnswers: ["y": "yes", "p": "partly: ", "n": "no", "a": "n/a"]),
        .init("Was the history used?", quickAnswers: ["y": "yes", "p": "partly: "]),
        .init("Overall grade"),
      ]
    ) { _ in .global(.back) }
    _ = form.handle(.character("y"))
    #expect(form.values["Was the child seen alone?"] == "yes")
    _ = form.handle(.enter)
    _ = form.handle(.character("p"))
    for character in "no chronology" { _ = form.handle(.character(character)) }
    #expect(form.values["Was the history used?"] == "partly: no chronology")
    // Typing the whole answer gives the same text, never "yeses".
    var typed = FormState(title: "Return", fields: [.init("Seen?", quickAnswers: ["y": "yes", "n": "no"])]) {
      _ in .global(.back)
    }
    for character in "yes: seen twice" { _ = typed.handle(.character(character)) }
    #expect(typed.values["Seen?"] == "yes: seen twice")
    _ = typed.handle(.ctrl("u"))
    for character in "n/a" { _ = typed.handle(.character(character)) }
    #expect(typed.values["Seen?"] == "n/a")
  }

  @Test func aLongMessageWrapsOntoASecondLineInsteadOfBeingCut() {
    let text =
      "not saved: known because is needed for an involved agency; say why the child came to its attention"
    let line = StatusLine(message: .error(text), right: "u: undo grade")
    #expect(line.rows(width: 80) == 2)
    var buffer = Buffer(size: Size(width: 80, height: 2))
    line.render(into: &buffer, area: buffer.area)
    #expect(buffer.text.replacingOccurrences(of: "\n", with: " ").contains("to its attention"))
    #expect(StatusLine(message: .info("Saved."), right: "u: undo").rows(width: 80) == 1)
  }

  @Test func theFirstMeetingDateJourneyAtEightyByTwentyFour() throws {
    let h = try Harness(fixture: TUIFixture())
    try h.press("n", "enter", "enter")
    #expect(h.contains("Meeting date:"))
    try h.press("enter")
    #expect(h.contains("Meeting date is needed"))
    try h.type("2026-12-16").press("esc")
    #expect(h.contains("s: save · d: discard it · Esc: keep editing"))
    try h.press("esc")
    #expect(h.contains("2026-12-16"))
    try h.press("esc", "d")
    #expect(!h.contains("Meeting date is needed"))
  }

  @Test func aMistypedKeySaysSoAndMessagesCanBeReadAgain() throws {
    let h = try Harness(fixture: TUIFixture())
    try h.press("Z")
    #expect(h.contains("Z: no such key here; ? shows the keys of this screen."))
    try h.press("M")
    #expect(h.contains("Messages, newest first"))
    #expect(h.contains("Z: no such key here"))
  }

  @Test func behindTheSmallWindowNoticeKeysDoNothing() throws {
    let h = try Harness(fixture: TUIFixture())
    try h.resize(60, 20)
    #expect(h.contains("Please make the window larger"))
    try h.press("n")
    try h.resize(80, 24)
    #expect(h.state.screen.name == "Home")
  }

  @Test func signOffListsWhatIsMissingAndAsksTwice() throws {
    let h = try WorkflowSnapshot.harness()
    for reference in ["MC-100004", "MC-100005", "MC-100006"] {
      _ = try h.fixture.workbench.grade(
        "CFAG-2026-01", reference: reference, GradeInput(overall: .good, rationale: "Fine."))
    }
    try h.press("6", "S", "enter")
    #expect(h.contains("Still missing:"))
    #expect(h.contains("The conclusion is not written"))
    #expect(h.contains("▶ n: Cancel ◀"))
    try h.press("enter")
    #expect(h.state.status?.text == "Not signed off; nothing changed.")
    #expect(try h.record("CFAG-2026-01").audit.signOff == nil)
    try h.press("S", "enter", "y")
    #expect(h.contains("Sign off with"))
    #expect(try h.record("CFAG-2026-01").audit.signOff == nil)
    try h.press("y")
    #expect(try h.record("CFAG-2026-01").audit.signOff != nil)
  }

  @Test func leavingTheCasePanelLandsOnTheCaseLeft() throws {
    let fixture = try TUIFixture()
    try fixture.meetingAudit()
    let h = try Harness(fixture: fixture)
    try h.press("enter", "m", "enter")
    #expect(h.state.screen.name == "Case panel")
    try h.press("n", "n", "esc")
    #expect(h.contains("Case C · 3 of 6"))
    #expect(h.contains("▶C  MC-100003"))
  }
}

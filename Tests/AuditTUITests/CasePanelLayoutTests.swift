import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// What the meeting reads gets the room: full domain titles, the rationale in full, the agencies'
/// answers beside the grades, and grades in words or short forms with a legend, never cut.
@Suite struct CasePanelLayoutTests {
  static let titles = [
    "Management oversight, supervision, challenge and escalation",
    "Missing and Exploitation Panel and multi-agency working",
    "Voice and lived experience of the young person",
  ]

  static let rationale =
    "The child was safe and some needs were met, but the plan did not always have a clear purpose. "
    + "Parental self-report about drug and alcohol use was accepted without being tested with other "
    + "agencies, and the difference made for the child is not clear from the records at all."

  /// An audit on a theme with long domain titles, its one case graded with a long rationale.
  static func harness(_ size: Size) throws -> Harness {
    let fixture = try TUIFixture()
    let theme = Theme(
      id: "long", title: "Long titles", version: 1, description: "d", reportSubject: "children", criteria: [],
      domains: titles.enumerated().map { index, title in
        ThemeDomain(
          id: "d\(index)", title: title,
          questions: [
            Question(id: "q\(index)", text: "Question \(index)?", guidance: "g", answerType: .yesPartlyNo)
          ])
      },
      gradeDescriptors: [:])
    let id = try fixture.workbench.createAudit(
      theme: theme, details: AuditDetails(meetingDate: Day(iso: "2026-12-01"), panelAgencies: ["police"]))
    try fixture.workbench.addCase(id, reference: "MC-100001", reason: "chosen")
    try fixture.workbench.grade(
      id, reference: "MC-100001",
      GradeInput(
        overall: .requiresImprovement, rationale: rationale, domainGrades: ["d0": .graded(.inadequate)]))
    let h = try Harness(fixture: fixture, size: size)
    try h.press("enter", "enter")
    return h
  }

  @Test func at200ColumnsEveryDomainTitleAndTheWholeRationaleShow() throws {
    let h = try Self.harness(Size(width: 200, height: 50))
    for title in Self.titles { #expect(h.contains(title), "\(title) is cut:\n\(h.screen)") }
    #expect(h.contains("the records at all."))
    #expect(!h.contains("Enter shows all of it"))
  }

  @Test func at80ColumnsGradesAreShortFormsWithALegendNeverCutWords() throws {
    let fixture = try TUIFixture()
    try fixture.meetingAudit()
    let h = try Harness(fixture: fixture)
    try h.press("enter", "enter")
    #expect(h.contains("RI requires improvement · Inad inadequate"))
    let cut = h.screen.components(separatedBy: "Requires im").dropFirst().filter {
      !$0.hasPrefix("provement")
    }
    #expect(cut.isEmpty, "\(h.screen)")
  }

  @Test func withTheDomainsFocusedTheAgenciesAnswersShowBesideThem() throws {
    let fixture = try TUIFixture()
    try fixture.meetingAudit()
    let h = try Harness(fixture: fixture, size: Size(width: 120, height: 40))
    try h.press("enter", "enter", "tab", "tab")
    #expect(h.contains("Assessment: the agencies' answers"))
    #expect(h.contains("Was the family history considered?"))
    #expect(h.contains("yes: chronology on file"))
  }
}

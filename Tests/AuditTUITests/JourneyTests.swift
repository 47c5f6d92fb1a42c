import AuditTUI
import CFAGDomain
import TUIKit
import Testing

/// Whole journeys in memory: keys, typing and resizing on a headless terminal.
@Suite struct JourneyTests {
  @Test func createAuditAddSixCasesGradeAllInMeetingModeAndSeeTheSummary() throws {
    let h = try Harness(fixture: try TUIFixture())
    #expect(h.contains("There are no audits in this database yet."))
    try h.press("n", "enter", "enter").type("2026-12-01").press("enter", "ctrl-s")
    try h.press("a")
    for n in 1...6 { try h.type("MC-40000\(n)").press("enter", "enter") }
    try h.press("esc", "m")
    #expect(h.contains("Case A · 1 of 6"))
    let grades = ["g", "r", "r", "i", "r", "g"]
    for (index, key) in grades.enumerated() {
      try h.press(key).type("Rationale for case \(index + 1).").press("ctrl-s")
      if index == 3 {
        // Grading inadequate offers the escalation at once.
        #expect(h.contains("Escalate MC-400004?"))
        try h.press("y", "enter").type("Immediate risk at home").press("enter").type("Team manager").press(
          "enter")
      }
      try h.press("n")
    }
    #expect(h.state.screen.name == "Summary")
    #expect(h.contains("2 good · 3 requires improvement · 1 inadequate"))
    #expect(h.contains("Escalations made (1)"))
  }

  @Test func resizeMidEditDownToFortyByTwelveAndBackLosesNothing() throws {
    // Keys typed behind the small-window notice do nothing unseen; what was typed before stays.
    let fixture = try TUIFixture()
    try fixture.meetingAudit()
    let h = try Harness(fixture: fixture)
    try h.press("enter", "end", "enter", "g").type("Typed before the resize")
    try h.resize(40, 12)
    #expect(h.contains("Please make the window larger"))
    try h.type(", typed unseen.")
    try h.resize(80, 24)
    #expect(h.contains("Typed before the resize"))
    #expect(!h.contains("typed unseen"))
    try h.type(", and after it.").press("ctrl-s")
    let record = try fixture.workbench.record("CFAG-2026-01")
    #expect(
      record.assessment(for: CaseReference(trusted: "MC-100006"))?.rationale
        == "Typed before the resize, and after it.")
  }
}

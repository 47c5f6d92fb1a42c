import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit
import Testing

/// History: the change log of the selected item, from any screen, newest first.
@Suite struct HistoryScreenTests {
  @Test func theCasePanelsCaseHistoryOnH() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("enter", "enter", "h")
    #expect(h.state.screen.name == "History")
    #expect(h.contains("History of case MC-100001 of CFAG-2026-01"))
    #expect(h.contains("Assessment was timely"))
    try WorkflowSnapshot.check(h, "history")
    try h.press("q")
    #expect(h.state.screen.name == "Case panel")
  }

  @Test func theSelectedRecommendationsAndActionsHistory() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("5", "tab", "h")
    #expect(h.contains("History of recommendation R-1"))
    #expect(h.contains("created"))
    try h.press("q", "7", "h")
    #expect(h.contains("History of action LL-2026-"))
  }

  @Test func theStepsPickerReachesEveryScreen() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("w")
    #expect(h.contains("Steps of CFAG-2026-01"))
    try WorkflowSnapshot.check(h, "steps")
    try h.type("report").press("enter")
    #expect(h.state.screen.name == "Report")
    try h.press("3")
    #expect(h.state.screen.name == "Agency returns")
    try h.press("q")
    #expect(h.state.screen.name == "Home")
  }
}

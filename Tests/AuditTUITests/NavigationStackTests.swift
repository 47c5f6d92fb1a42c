import AuditTUI
import CFAGDomain
import TUIKit
import Testing

/// The breadcrumb is the route as it stands, and Esc walks back along it one screen at a time.
@Suite struct NavigationStackTests {
  func titleBar(_ h: Harness) -> String {
    String(h.screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
  }

  @Test func theBreadcrumbIsTheRouteAndEscapeWalksItBack() throws {
    let h = try WorkflowSnapshot.harness()
    try h.resize(120, 30)
    try h.press("enter", "4")
    try h.press("enter")
    #expect(titleBar(h).contains("CFAG Workbench › CFAG-2026-01 › Meeting › Case MC-100001 "))
    try h.press("6")
    #expect(titleBar(h).contains("CFAG-2026-01 › Meeting › Case MC-100001 › Report "))
    // A step beside a step takes its place: no screen is listed twice.
    try h.press("5")
    #expect(titleBar(h).contains("Case MC-100001 › Findings and recommendations "))
    #expect(!titleBar(h).contains("Report"))
    try h.press("escape")
    #expect(titleBar(h).contains("CFAG-2026-01 › Meeting › Case MC-100001 "))
    try h.press("escape")
    #expect(titleBar(h).contains("CFAG-2026-01 › Meeting "))
    #expect(h.contains("1 of 6"))
    try h.press("escape")
    #expect(titleBar(h).contains("CFAG Workbench › CFAG-2026-01 "))
    try h.press("escape")
    #expect(titleBar(h).hasPrefix(" CFAG Workbench  "))
    #expect(h.state.stack.count == 1)
  }

  @Test func aStepsKeyOnItsOwnStepKeepsItAsItIs() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("enter", "4", "n")
    #expect(h.contains("2 of 6"))
    try h.press("4")
    #expect(h.contains("2 of 6"))
    #expect(h.contains("Already here: Meeting."))
  }
}

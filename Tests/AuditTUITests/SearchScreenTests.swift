import AuditTUI
import CFAGDomain
import TUIKit
import Testing

/// `/` on the home screen finds audits, cases in any spelling, findings, recommendations and
/// actions, and Enter opens what it found.
@Suite struct SearchScreenTests {
  static func search(_ text: String) throws -> Harness {
    let h = try WorkflowSnapshot.harness()
    try h.press("/").type(text).press("enter")
    return h
  }

  @Test(arguments: ["MC-100003", "mc 100003", "mc100003", "MC‑100003"])
  func aCaseReferenceIsFoundInAnySpellingAndOpensInItsPanel(spelling: String) throws {
    let h = try Self.search(spelling)
    #expect(h.contains("Found for “\(spelling)” (1)"))
    #expect(h.contains("MC-100003 · Case C of CFAG-2026-01"))
    try h.press("enter")
    #expect(h.contains("Case C · MC-100003"))
    try h.press("escape")
    #expect(h.contains("CIN plans, winter"))
  }

  @Test func aFindingOpensTheFindingsScreenOnIt() throws {
    let h = try Self.search("chronology")
    #expect(h.contains("Finding"))
    try h.press("enter")
    guard case .findings(let screen) = h.state.screen else {
      Issue.record("not on the findings screen: \(h.screen)")
      return
    }
    #expect(screen.tags.selected == 1)
  }

  @Test func aRecommendationAndAnActionAreFoundByTheirWords() throws {
    var h = try Self.search("seen alone")
    #expect(h.contains("Recommendation"))
    h = try Self.search("quarter for seen-alone")
    #expect(h.contains("Action"))
    try h.press("enter")
    guard case .actions(let screen) = h.state.screen else {
      Issue.record("not on the tracker: \(h.screen)")
      return
    }
    #expect(screen.visible[screen.list.selected ?? 0].text.contains("each quarter"))
  }

  @Test func theIndexIsReadAgainOnlyAfterAChange() throws {
    let h = try Self.search("chronology")
    guard case .home(let home) = h.state.stack[0], let head = home.indexHead else {
      Issue.record("no index was loaded")
      return
    }
    #expect(h.runner.run(.home(.loadSearch(have: head))).isEmpty)
    _ = try h.fixture.workbench.recommend(
      try #require(h.state.home?.summaries.first?.id), text: "Audit supervision quarterly", findings: [])
    let again = h.runner.run(.home(.loadSearch(have: head)))
    #expect(again.contains { if case .home(.searchLoaded) = $0 { true } else { false } })
  }
}

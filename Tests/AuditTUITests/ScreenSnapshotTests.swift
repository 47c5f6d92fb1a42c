import AuditTUI
import TUIKit
import Testing

/// Every screen rendered at 80×24 and 120×40 from the fixture database, compared with its snapshot.
@Suite struct ScreenSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// Opens the fixture at the given screen (by keys from home) and checks both sizes.
  func check(_ name: String, audit: Bool = true, keys: [String] = [], text: String? = nil) throws {
    let fixture = try TUIFixture()
    if audit { try fixture.meetingAudit() }
    let harness = try Harness(fixture: fixture)
    for key in keys { try harness.press(key) }
    if let text { try harness.type(text) }
    for size in Self.sizes {
      try Snapshot.check(harness.runtime.makeFrame(size: size), name)
    }
  }

  @Test func firstRun() throws { try check("first-run", audit: false) }
  @Test func home() throws { try check("home") }
  @Test func homeSearch() throws { try check("home-search", keys: ["/"], text: "winter") }
  @Test func newAuditTheme() throws { try check("new-audit", audit: false, keys: ["n", "down"]) }
  @Test func newAuditDetails() throws {
    try check("new-audit-date", audit: false, keys: ["n", "enter", "enter"], text: "2026-12-01")
  }
  @Test func auditEditor() throws { try check("audit", keys: ["enter"]) }
  @Test func addCaseForm() throws { try check("add-case", keys: ["enter", "a"], text: "MC-100777") }
  @Test func panelAgencies() throws {
    try check("panel-agencies", keys: ["enter", "tab", "down", "down", "down", "enter"])
  }
  @Test func casePanel() throws { try check("case-panel", keys: ["enter", "enter"]) }
  @Test func casePanelDomains() throws {
    try check("case-panel-domains", keys: ["enter", "enter", "tab", "tab"])
  }
  @Test func ungradedCase() throws { try check("case-ungraded", keys: ["enter", "end", "enter"]) }
  @Test func rationaleEditor() throws {
    try check(
      "rationale-editor", keys: ["enter", "end", "enter", "g"], text: "Seen alone; plan reviewed on time.")
  }
  @Test func guidance() throws { try check("guidance", keys: ["enter", "enter", "o"]) }
  @Test func escalateOwner() throws { try check("escalate-owner", keys: ["enter", "enter", "!"]) }
  @Test func help() throws { try check("help-case-panel", keys: ["enter", "enter", "?"]) }
  @Test func helpFiltered() throws {
    try check("help-filtered", keys: ["enter", "enter", "?"], text: "grade")
  }
  @Test func palette() throws { try check("palette", keys: ["m", ":"]) }
  @Test func meeting() throws { try check("meeting", keys: ["m"]) }
  @Test func meetingGraded() throws { try check("meeting-graded", keys: ["m", "n", "n"]) }
  @Test func summary() throws { try check("summary", keys: ["m", "s"]) }
}

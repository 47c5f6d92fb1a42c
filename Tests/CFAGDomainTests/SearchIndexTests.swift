import CFAGDomain
import Testing

/// What `/` finds: a case by its reference in any spelling, the rest by their words.
struct SearchIndexTests {
  static let theme = Theme(
    id: "child-in-need", title: "Children on Child in Need plans", version: 1, description: "CIN",
    reportSubject: "children on a child in need plan", criteria: [],
    domains: [ThemeDomain(id: "voice", title: "Voice", questions: [])], gradeDescriptors: [:])

  static let index: SearchIndex = {
    var record = AuditRecord(
      audit: Audit(
        id: "CFAG-2026-02", title: "MC plans 2", theme: theme, meetingDate: Day(iso: "2026-12-01")!),
      cases: [
        AuditCase(reference: CaseReference(trusted: "MC-2004"), selection: .manual(reason: "x")),
        AuditCase(
          reference: CaseReference(trusted: "MC-3001"), selection: .manual(reason: "x"), status: .reserve),
      ])
    record.assessments = [
      PanelAssessment(
        reference: CaseReference(trusted: "MC-2004"), overall: .good, rationale: "r",
        findings: [FindingTag(trusted: "late-referral")])
    ]
    record.recommendations = [
      Recommendation(id: "R-1", auditID: "CFAG-2026-02", text: "Relaunch escalation", findings: [])
    ]
    let action = TrackerAction(
      id: "LL-2026-001", text: "Brief every team", source: .other("review"), owner: "kent-police",
      lead: "DI Lane", created: Day(iso: "2026-12-01")!, due: Day(iso: "2027-01-01")!)
    return SearchIndex(records: [record], actions: [action])
  }()

  @Test(arguments: ["mc 2004", "MC2004", "mc-2004", "2004"])
  func aCaseIsFoundByItsReferenceInAnySpelling(query: String) {
    #expect(Self.index.search(query).map(\.title) == ["MC-2004"])
  }

  @Test func aCaseIsNotFoundByTheWordsAroundIt() {
    #expect(Self.index.search("plans 2").map(\.target.kind) == ["Audit"])
  }

  @Test func findingsRecommendationsAndActionsAreFoundByTheirWords() {
    #expect(Self.index.search("late referral").map(\.target.kind) == ["Finding"])
    #expect(
      Self.index.search("relaunch").map(\.target) == [.recommendation("CFAG-2026-02", "R-1", position: 0)])
    #expect(Self.index.search("brief TEAM").map(\.target) == [.action("LL-2026-001")])
    #expect(Self.index.search("  ").isEmpty)
  }

  @Test func aReserveSaysSo() {
    let found = Self.index.search("MC-3001")
    #expect(
      found.map(\.target) == [.auditCase("CFAG-2026-02", CaseReference(trusted: "MC-3001"), included: false)])
    #expect(found.first?.detail.hasPrefix("reserve of CFAG-2026-02") == true)
  }

  /// Typing on searches only what the shorter query found, and finds what a fresh search finds;
  /// a query without a reference key never narrows, since it looked at no case.
  @Test(arguments: [
    ("m", "mc-2004"), ("mc 2", "mc 2004"), ("late", "late referral"), ("brief", "brief team"),
    ("pl", "plans 2"),
    (" ", " mc 3001"),
  ])
  func typingOnFindsWhatAFreshSearchFinds(shorter: String, longer: String) {
    let narrowed = Self.index.search(longer, narrowing: Self.index.search(shorter))
    #expect(narrowed.map(\.target) == Self.index.search(longer).map(\.target))
  }
}

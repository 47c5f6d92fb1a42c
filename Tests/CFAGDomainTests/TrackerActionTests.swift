import CFAGDomain
import Testing

struct TrackerActionTests {
  static let today = Day(iso: "2026-11-23")!

  static func action(
    due days: Int, status: ActionStatus = .inProgress, confidence: Confidence = .onTrack,
    noteDaysAgo: Int? = nil,
    evidence: String = ""
  ) -> TrackerAction {
    TrackerAction(
      id: "LL-2026-001", text: "Relaunch the escalation policy and audit its use in 20 cases",
      source: .other("LCSPR Smith family"), owner: "kent-police", lead: "DI Lane",
      created: today.adding(days: -90),
      due: today.adding(days: days), status: status, confidence: confidence,
      progress: noteDaysAgo.map {
        [ProgressNote(on: today.adding(days: -$0), author: "DI Lane", text: "Done")]
      } ?? [],
      evidenceOfImpact: evidence)
  }

  @Test func dueTodayIsNotRed() {
    #expect(Self.action(due: 0, noteDaysAgo: 1).derivedRAG(today: Self.today) == .green)
    #expect(Self.action(due: 0).derivedRAG(today: Self.today) == .amber)
    #expect(!Self.action(due: 0).isOverdue(today: Self.today))
  }

  @Test func oneDayOverdueIsRed() {
    #expect(Self.action(due: -1, noteDaysAgo: 1).derivedRAG(today: Self.today) == .red)
    #expect(Self.action(due: -1).isOverdue(today: Self.today))
  }

  @Test func dueInThirtyDaysWithNoRecentProgressIsAmber() {
    #expect(Self.action(due: 30).derivedRAG(today: Self.today) == .amber)
    #expect(Self.action(due: 30, noteDaysAgo: 30).derivedRAG(today: Self.today) == .amber)
  }

  @Test func aNoteDatedAfterTodayIsNotRecentProgressAndTheStandingRatesAlike() {
    #expect(Self.action(due: 10, noteDaysAgo: -2).derivedRAG(today: Self.today) == .amber)
    #expect(Self.action(due: 10, noteDaysAgo: -2).standing(on: Self.today).latestNote == nil)
    for action in [
      Self.action(due: 10, noteDaysAgo: 3), Self.action(due: -1), Self.action(due: 5, status: .complete),
    ] {
      #expect(action.standing(on: Self.today).rag(today: Self.today) == action.rag(today: Self.today))
    }
  }

  @Test func dueInThirtyOneDaysIsGreen() {
    #expect(Self.action(due: 31).derivedRAG(today: Self.today) == .green)
  }

  @Test func aProgressNoteTwentyNineDaysAgoIsRecent() {
    #expect(Self.action(due: 10, noteDaysAgo: 29).derivedRAG(today: Self.today) == .green)
  }

  @Test func completeWithNoEvidenceIsBlueAndClosedIsNone() {
    #expect(Self.action(due: -5, status: .complete).derivedRAG(today: Self.today) == .blue)
    #expect(
      Self.action(due: -5, status: .closed, evidence: "Fewer late referrals").derivedRAG(today: Self.today)
        == .none)
  }

  @Test func confidenceDrivesRedAndAmber() {
    #expect(Self.action(due: 90, confidence: .offTrack).derivedRAG(today: Self.today) == .red)
    #expect(Self.action(due: 90, confidence: .atRisk).derivedRAG(today: Self.today) == .amber)
  }

  @Test func aManualRatingNeedsAReasonAndKeepsTheDerivedOne() throws {
    var action = Self.action(due: 90)
    #expect(throws: DomainError.self) {
      try action.apply(ActionUpdate(rag: .override(.red, reason: " ")), by: "Chair", on: Self.today)
    }
    _ = try action.apply(
      ActionUpdate(rag: .override(.red, reason: "Partner concern")), by: "Chair", on: Self.today)
    #expect(action.rag(today: Self.today) == .red)
    #expect(action.derivedRAG(today: Self.today) == .green)
    _ = try action.apply(ActionUpdate(rag: .derived), by: "Chair", on: Self.today)
    #expect(action.rag(today: Self.today) == .green)
  }

  @Test func closureRequiresEvidenceAndReopeningAReason() throws {
    var action = Self.action(due: 10, status: .complete)
    #expect(throws: DomainError.self) { try action.close(by: "Chair", evidence: nil, on: Self.today) }
    #expect(action.status == .complete)
    try action.close(
      by: "Chair", evidence: "Re-audit found referrals on time in 9 of 10 cases", on: Self.today)
    #expect(action.status == .closed)
    #expect(action.closure == Closure(by: "Chair", on: Self.today))
    #expect(throws: DomainError.self) { try action.reopen(reason: "", by: "Chair", on: Self.today) }
    try action.reopen(reason: "Repeat concern in a new case", by: "Chair", on: Self.today)
    #expect(action.status == .inProgress && action.closure == nil)
    #expect(action.latestProgress?.text == "Reopened: Repeat concern in a new case")
  }

  @Test func anUpdateListsEachChangeAndKeepsDueHistory() throws {
    var action = Self.action(due: 10, status: .notStarted)
    let changes = try action.apply(
      ActionUpdate(
        progress: "Briefings booked", status: .inProgress, due: Self.today.adding(days: 40),
        dueReason: "Training provider moved the date"),
      by: "DI Lane", on: Self.today)
    #expect(changes.map(\.field) == ["status", "due", "progress"])
    #expect(action.dueRevisions.first?.from == Self.today.adding(days: 10))
    #expect(action.dueRevisions.first?.reason == "Training provider moved the date")
    #expect(action.progress.last == ProgressNote(on: Self.today, author: "DI Lane", text: "Briefings booked"))
    #expect(throws: DomainError.self) {
      try action.apply(ActionUpdate(due: Self.today.adding(days: 60)), by: "DI Lane", on: Self.today)
    }
    #expect(throws: DomainError.self) {
      try action.apply(ActionUpdate(status: .closed), by: "x", on: Self.today)
    }
  }

  @Test func urgentOpenActionsComeFirstThenByDueDate() {
    var urgent = Self.action(due: 50)
    urgent.id = "LL-2026-009"
    urgent.urgent = true
    var closedUrgent = urgent
    closedUrgent.id = "LL-2026-010"
    closedUrgent.status = .closed
    let soon = Self.action(due: 5)
    let sorted = [closedUrgent, soon, urgent].sorted(by: TrackerAction.listOrder).map(\.id)
    #expect(sorted == ["LL-2026-009", "LL-2026-001", "LL-2026-010"])
  }
}

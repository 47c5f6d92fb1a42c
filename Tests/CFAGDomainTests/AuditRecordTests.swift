import CFAGDomain
import Testing

/// Life-cycle stages are labels derived from the work done; only sign-off is a step.
struct AuditRecordTests {
  static let theme = Theme(
    id: "t", title: "T", version: 1, description: "", reportSubject: "things",
    criteria: [.oneOf(.planType, ["child-in-need"])],
    domains: [
      ThemeDomain(
        id: "assessment", title: "Assessment",
        questions: [Question(id: "q1", text: "Q?", guidance: "G", answerType: .yesPartlyNo)])
    ],
    gradeDescriptors: [.good: "g", .requiresImprovement: "r", .inadequate: "i"])

  func record(cases: Int) -> AuditRecord {
    AuditRecord(
      audit: Audit(id: "CFAG-2026-01", title: "T", theme: Self.theme, meetingDate: Day(iso: "2026-12-01")!),
      cases: (1...max(cases, 1)).prefix(cases).map {
        AuditCase(reference: CaseReference(trusted: "C-\($0)"), selection: .manual(reason: "r"))
      })
  }

  @Test func stagesFollowTheWorkDone() {
    var record = record(cases: 0)
    #expect(record.stage == .planning)
    record = self.record(cases: 2)
    #expect(record.stage == .sampling)
    record.returns.append(AgencyReturn(reference: CaseReference(trusted: "C-1"), agency: "kent-police"))
    #expect(record.stage == .agencyReturns)
    record.assessments.append(
      PanelAssessment(reference: CaseReference(trusted: "C-1"), overall: .good, rationale: "r"))
    #expect(record.stage == .panel)
    record.assessments.append(
      PanelAssessment(reference: CaseReference(trusted: "C-2"), overall: .inadequate, rationale: "r"))
    #expect(record.stage == .reporting)
    record.audit.signOff = SignOff(by: "Chair", on: Day(iso: "2026-12-02")!)
    #expect(record.stage == .signedOff)
    #expect(!record.audit.isEditable)
    #expect(throws: DomainError.self) { try record.audit.requireEditable() }
  }

  @Test func aGradeBeforeAnyReturnShowsThePanelStage() {
    var record = record(cases: 6)
    record.assessments.append(
      PanelAssessment(reference: CaseReference(trusted: "C-3"), overall: .good, rationale: "r"))
    #expect(record.stage == .panel)
    #expect(record.distribution.progress == "1 of 6 graded")
  }

  @Test func removedCasesDoNotCount() {
    var record = record(cases: 3)
    record.assessments.append(
      PanelAssessment(reference: CaseReference(trusted: "C-3"), overall: .good, rationale: "r"))
    record.cases[2].status = .removed(reason: "duplicate")
    #expect(record.distribution.cases == 2)
    #expect(record.distribution.graded == 0)
    #expect(record.caseLabels[CaseReference(trusted: "C-2")] == "Case B")
  }

  @Test func findingsCountCasesMostFrequentFirst() {
    var record = record(cases: 3)
    let tags = [["late-referral", "no-escalation"], ["no-escalation"], ["no-escalation", "late-referral"]]
    for (index, tags) in tags.enumerated() {
      record.assessments.append(
        PanelAssessment(
          reference: CaseReference(trusted: "C-\(index + 1)"), overall: .good, rationale: "r",
          findings: tags.map(FindingTag.init(trusted:))))
    }
    #expect(record.findingCounts.map(\.tag.value) == ["no-escalation", "late-referral"])
    #expect(record.findingCounts[1].cases.map(\.value) == ["C-1", "C-3"])
  }

  @Test func aGradeNeedsARationaleAndKnownDomains() {
    let blank = PanelAssessment(reference: CaseReference(trusted: "C-1"), overall: .good, rationale: "  ")
    #expect(
      throws: DomainError.missing(
        field: "rationale", reason: "a grade needs a written rationale")
    ) {
      try blank.validate(against: Self.theme)
    }
    let unknown = PanelAssessment(
      reference: CaseReference(trusted: "C-1"), overall: .good, rationale: "ok",
      domainGrades: ["voice": .notApplicable])
    #expect(throws: DomainError.self) { try unknown.validate(against: Self.theme) }
  }

  @Test func criteriaAdmitOnlyMatchingCandidates() {
    let today = Day(iso: "2026-11-23")!
    let cin = CandidateCase(reference: CaseReference(trusted: "A-1"), planType: .childInNeed)
    let cp = CandidateCase(reference: CaseReference(trusted: "A-2"), planType: .childProtection)
    #expect(Self.theme.admits(cin, today: today))
    #expect(!Self.theme.admits(cp, today: today))
    let recent = Criterion.startedWithinMonths(12)
    var started = cin
    started.startDate = Day(iso: "2025-11-23")
    #expect(recent.admits(started, today: today))
    started.startDate = Day(iso: "2025-11-22")
    #expect(!recent.admits(started, today: today))
  }
}

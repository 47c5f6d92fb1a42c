import CFAGDomain
import Foundation

@testable import CFAGReports

/// Audits built in code for the report tests: no database, fixed dates.
enum Fixtures {
  static let today = Day(iso: "2026-04-20")!

  static let theme = Theme(
    id: "child-in-need", title: "Children on Child in Need plans", version: 1,
    description: "Children on a child in need plan.", reportSubject: "children on a child in need plan",
    criteria: [.oneOf(.planType, ["child-in-need"]), .startedWithinMonths(12)],
    domains: [
      ThemeDomain(id: "assessment", title: "Assessment", questions: []),
      ThemeDomain(id: "planning", title: "Planning", questions: []),
      ThemeDomain(id: "voice", title: "Voice of the child", questions: []),
    ],
    gradeDescriptors: [:])

  static let agencyNames = [
    "medway-council-childrens-services": "Children's Social Care", "kent-police": "Police",
    "medway-community-healthcare": "MCH",
  ]

  static func reference(_ number: Int) -> CaseReference { CaseReference(trusted: "MC-10\(4230 + number)") }

  static func audit(signedOff: Bool = false, sample: Bool = true) -> Audit {
    Audit(
      id: "CFAG-2026-01", title: "Children on Child in Need plans, March 2026", theme: theme,
      meetingDate: Day(iso: "2026-03-12")!, chair: "Head of Safeguarding",
      panelAgencies: ["medway-council-childrens-services", "kent-police", "medway-community-healthcare"],
      sample: sample
        ? SampleRecord(
          seed: 20_260_312, size: 6, reserves: 2, stratifiedBy: .ageBand,
          criteria: ["plan type is child in need", "started in the last 12 months"], poolSize: 41,
          poolHash: "abc", drawnAt: "2026-02-01T10:00:00Z") : nil,
      signOff: signedOff ? SignOff(by: "Business Manager", on: Day(iso: "2026-03-20")!) : nil)
  }

  /// Six cases: 1 good, 4 requiring improvement, 1 inadequate; two agencies returned; one case
  /// added by hand, one reserve used; one key theme written, one not. A draft.
  static func mixed() -> ReportInput {
    let grades: [Grade] = [
      .good, .requiresImprovement, .requiresImprovement, .inadequate, .requiresImprovement,
      .requiresImprovement,
    ]
    let bands: [AgeBand] = [.age1to4, .age5to9, .age5to9, .age10to15, .age1to4, .age16to17]
    var cases = (1...5).map {
      AuditCase(
        reference: reference($0), selection: .random(order: $0), planType: .childInNeed,
        ageBand: bands[$0 - 1])
    }
    cases.insert(
      AuditCase(
        reference: reference(9), selection: .random(order: 6),
        status: .replaced(reason: "case closed before the meeting"), planType: .childInNeed), at: 4)
    cases.append(
      AuditCase(
        reference: reference(6), selection: .reserve(order: 1), planType: .childInNeed, ageBand: .age16to17))
    cases[3] = AuditCase(
      reference: reference(4), selection: .manual(reason: "known to the panel through a recent escalation"),
      planType: .childProtection, ageBand: .age10to15)
    let findings: [[String]] = [
      [], ["escalation-policy-not-used", "process-driven"], ["escalation-policy-not-used"],
      ["escalation-policy-not-used", "parental-accounts-accepted"], ["process-driven"], [],
    ]
    let included = [1, 2, 3, 4, 5, 6]
    let assessments = included.enumerated().map { index, number in
      PanelAssessment(
        reference: reference(number), overall: grades[index],
        rationale: "Rationale for \(reference(number).value): "
          + (grades[index] == .good ? "purposeful plan." : "drift in the plan."),
        domainGrades: [
          "assessment": .graded(grades[index]),
          "planning": index == 2 ? .notApplicable : .graded(grades[index]),
        ],
        findings: findings[index].map { FindingTag(trusted: $0) },
        goodPractice: index == 0 ? "Health visitor kept the child's view at the centre." : "",
        voiceOfChild: index == 0 ? "The child's wishes were recorded in their own words." : "",
        escalated: index == 3)
    }
    let returns = included.prefix(5).flatMap { number -> [AgencyReturn] in
      let panel = grades[number - 1]
      return [
        AgencyReturn(
          reference: reference(number), agency: "medway-council-childrens-services", knownBecause: "referral",
          overallGrade: panel),
        AgencyReturn(
          reference: reference(number), agency: "kent-police", involved: number != 5,
          knownBecause: "call-out", overallGrade: number == 2 ? .good : panel),
      ]
    }
    let record = AuditRecord(
      audit: audit(), cases: cases, returns: returns, assessments: assessments,
      recommendations: [
        Recommendation(
          id: "R-1", auditID: "CFAG-2026-01", text: "Remind all agencies of the escalation policy.",
          findings: [FindingTag(trusted: "escalation-policy-not-used")])
      ])
    let actions = [
      TrackerAction(
        id: "LL-2026-001", text: "Immediate concern: \(reference(4).value) needs a strategy discussion",
        source: .escalation(auditID: "CFAG-2026-01", reference: reference(4)),
        owner: "medway-council-childrens-services",
        lead: "Team manager", created: Day(iso: "2026-03-12")!, due: Day(iso: "2026-03-16")!,
        status: .complete, urgent: true),
      TrackerAction(
        id: "LL-2026-002", text: "Relaunch the escalation policy with a briefing for every agency",
        source: .recommendation(id: "R-1", auditID: "CFAG-2026-01"), owner: "kent-police",
        lead: "DI Learning",
        created: Day(iso: "2026-03-20")!, due: Day(iso: "2026-04-01")!),
    ]
    return ReportInput(
      record: record, agencyNames: agencyNames, actions: actions,
      sections: [
        "purpose": "To look at the quality of multi-agency work with children on a child in need plan.",
        "theme:escalation-policy-not-used": "Agencies knew the plan was in place but did not escalate.",
      ],
      today: today)
  }

  /// Eight cases graded none good, 5 requiring improvement, 3 inadequate; no returns; signed off
  /// with one amendment.
  static func noneGood() -> ReportInput {
    let grades: [Grade] = [
      .requiresImprovement, .inadequate, .requiresImprovement, .requiresImprovement, .inadequate,
      .requiresImprovement, .inadequate, .requiresImprovement,
    ]
    let cases = (1...8).map {
      AuditCase(
        reference: reference($0), selection: .random(order: $0), planType: .childInNeed, ageBand: .age5to9)
    }
    let assessments = (1...8).map {
      PanelAssessment(reference: reference($0), overall: grades[$0 - 1], rationale: "Panel rationale \($0).")
    }
    var audit = audit(signedOff: true)
    audit.sample?.size = 8
    return ReportInput(
      record: AuditRecord(audit: audit, cases: cases, assessments: assessments),
      amendments: [
        Amendment(
          reason: "a grade was typed against the wrong case", by: "Business Manager",
          at: "2026-03-25T09:30:00.000Z")
      ],
      today: today)
  }

  /// One case, added by hand, with no agency returns and no draw.
  static func oneCase() -> ReportInput {
    let auditCase = AuditCase(
      reference: reference(1), selection: .manual(reason: "single case review"), planType: .childInNeed)
    return ReportInput(
      record: AuditRecord(
        audit: audit(sample: false), cases: [auditCase],
        assessments: [PanelAssessment(reference: reference(1), overall: .inadequate, rationale: "No plan.")]),
      agencyNames: agencyNames, today: today)
  }
}

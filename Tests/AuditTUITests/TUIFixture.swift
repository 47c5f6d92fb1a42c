import AuditTUI
import CFAGDomain
import CFAGStore
import Foundation
import TUIKit

/// A temporary database with a fixed today, a theme built in code, and (optionally) an audit of
/// six cases part-way through its meeting: three graded, one escalated, returns for the first case.
struct TUIFixture {
  static let today = Day(iso: "2026-11-23")!
  let folder: URL
  let workbench: Workbench

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfag-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try Store(path: folder.appendingPathComponent("cfag.sqlite").path)
    workbench = try Workbench(
      store: store,
      session: Session(actor: "Tester", today: Self.today, clock: { "2026-11-23T10:00:00.000Z" }))
  }

  static let theme = Theme(
    id: "child-in-need", title: "Children on Child in Need plans", version: 1,
    description: "How well partners identify, assess and support children on a child in need plan.",
    reportSubject: "children on a child in need plan", criteria: [],
    domains: [
      ThemeDomain(
        id: "assessment", title: "Assessment",
        questions: [
          Question(
            id: "history", text: "Was the family history considered?",
            guidance: "Chronology used; past concerns weighed.", answerType: .yesPartlyNo)
        ]),
      ThemeDomain(
        id: "voice", title: "Voice of the child",
        questions: [
          Question(
            id: "seen", text: "Was the child seen alone?", guidance: "Seen alone at every visit.",
            answerType: .yesPartlyNo)
        ]),
      ThemeDomain(
        id: "planning", title: "Planning and review",
        questions: [
          Question(
            id: "smart", text: "Was the plan SMART?", guidance: "Outcomes, owners and dates.",
            answerType: .yesPartlyNo)
        ]),
    ],
    gradeDescriptors: [
      .good: "Children's needs are met and practice is consistently strong.",
      .requiresImprovement: "Practice is not yet consistently good.",
      .inadequate: "Widespread or serious failures leave children at risk.",
    ])

  static let second = Theme(
    id: "neglect", title: "Neglect", version: 1, description: "Recognising and acting on neglect.",
    reportSubject: "children living with neglect", criteria: [],
    domains: [ThemeDomain(id: "recognition", title: "Recognition", questions: [])], gradeDescriptors: [:])

  static let themes = [theme, second]

  static let references = ["MC-100001", "MC-100002", "MC-100003", "MC-100004", "MC-100005", "MC-100006"]

  /// The meeting audit; returns its id.
  @discardableResult
  func meetingAudit() throws -> AuditID {
    let id = try workbench.createAudit(
      theme: Self.theme,
      details: AuditDetails(
        title: "CIN plans, winter", meetingDate: Day(iso: "2026-12-01"), chair: "Head of Safeguarding",
        panelAgencies: ["police", "Children's Social Care", "MFT"]))
    for reference in Self.references {
      try workbench.addCase(id, reference: reference, reason: "Chosen by the panel")
    }
    try addReturns(id)
    try workbench.grade(
      id, reference: "MC-100001",
      GradeInput(
        overall: .requiresImprovement, rationale: "Assessment was timely but the child was not seen alone.",
        domainGrades: ["assessment": .graded(.good), "voice": .graded(.inadequate)],
        findings: ["child not seen alone", "chronology missing"], goodPractice: "Prompt strategy meeting."))
    try workbench.grade(
      id, reference: "MC-100002", GradeInput(overall: .good, rationale: "Strong multi-agency plan."))
    try workbench.grade(
      id, reference: "MC-100003",
      GradeInput(
        overall: .inadequate, rationale: "Drift for six months.", findings: ["child not seen alone"]))
    _ = try workbench.escalate(
      id, reference: "MC-100003", reason: "No visit since September", owner: "Children's Social Care",
      lead: "Team manager")
    return id
  }

  /// Returns from three agencies for the first case, written as a returns import would.
  private func addReturns(_ id: AuditID) throws {
    let returns: [(String, String, [String: String], String)] = [
      (
        "kent-police", "requires-improvement", ["assessment": "good", "voice": "requires-improvement"],
        "Two call-outs"
      ),
      (
        "medway-council-childrens-services", "good", ["assessment": "good", "voice": "good"],
        "Referral from school"
      ),
      ("medway-nhs-foundation-trust", "requires-improvement", ["assessment": "n/a"], "A&E attendance"),
    ]
    try workbench.store.perform(as: "Tester", at: "2026-11-23T10:00:00.000Z") { tx in
      for (agency, grade, domains, known) in returns {
        let json =
          "{"
          + domains.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }
          .joined(separator: ",") + "}"
        try tx.insert(
          AgencyReturnTable.self, id: "\(id)/MC-100001/\(agency)", auditID: id,
          [
            (AgencyReturnTable.auditID, id.sqlValue),
            (AgencyReturnTable.reference, "MC-100001".sqlValue),
            (AgencyReturnTable.agencyID, agency.sqlValue),
            (AgencyReturnTable.involved, true.sqlValue),
            (AgencyReturnTable.knownBecause, known.sqlValue),
            (AgencyReturnTable.workDone, "Visits, checks and a strategy discussion.".sqlValue),
            (AgencyReturnTable.strengths, "Quick information sharing.".sqlValue),
            (AgencyReturnTable.gaps, "The child's own words were not recorded.".sqlValue),
            (AgencyReturnTable.voice, "Said school felt safe.".sqlValue),
            (
              "answers_json",
              ("{\"history\":{\"choice\":\"yes\",\"text\":\"chronology on file\"},"
                + "\"seen\":{\"choice\":\"yes\",\"text\":\"\"},\"smart\":{\"choice\":\"partly\",\"text\":\"\"}}")
                .sqlValue
            ),
            (AgencyReturnTable.domainGradesJSON, json.sqlValue),
            (AgencyReturnTable.overallGrade, grade.sqlValue),
          ])
      }
    }
  }
}

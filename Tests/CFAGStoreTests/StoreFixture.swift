import CFAGDomain
import CFAGStore
import Foundation

/// A fresh database in a temporary folder, with a fixed day and actor.
struct StoreFixture {
  let folder: URL
  let workbench: Workbench

  init(today: String = "2026-11-23", actor: String = "Tester") throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfag-store-\(UUID().uuidString)")
    let store = try Store(path: folder.appendingPathComponent("cfag.sqlite").path)
    let day = Day(iso: today)!
    workbench = try Workbench(
      store: store, session: Session(actor: actor, today: day, clock: { "\(today)T10:00:00.000Z" }))
  }

  var path: String { workbench.store.path }

  /// A small theme with two domains.
  static let theme = Theme(
    id: "child-in-need", title: "Children on Child in Need plans", version: 1, description: "CIN",
    reportSubject: "children on a child in need plan", criteria: [.oneOf(.planType, ["child-in-need"])],
    domains: [
      ThemeDomain(
        id: "assessment", title: "Assessment",
        questions: [Question(id: "history", text: "History?", guidance: "Good", answerType: .yesPartlyNo)]),
      ThemeDomain(
        id: "voice", title: "Voice of the child",
        questions: [Question(id: "seen", text: "Seen alone?", guidance: "Good", answerType: .yesPartlyNo)]),
    ],
    gradeDescriptors: [.good: "g", .requiresImprovement: "r", .inadequate: "i"])

  /// An audit with `cases` cases added by hand; returns its id.
  func audit(cases: Int) throws -> AuditID {
    let id = try workbench.createAudit(
      theme: Self.theme, details: AuditDetails(meetingDate: Day(iso: "2026-12-01"), panelAgencies: ["police"])
    )
    for index in 1...max(cases, 1) where index <= cases {
      try workbench.addCase(id, reference: "MC-\(1000 + index)", reason: "chosen by the Executive")
    }
    return id
  }

  /// Every row of every table, as text: compared before and after a refused change.
  func dump() throws -> String {
    try workbench.store.dump()
  }
}

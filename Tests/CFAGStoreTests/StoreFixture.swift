import CFAGDomain
import CFAGStore
import Foundation
import PostgresClient

/// Which database the store tests run against: an SQLite file each (the default), or, with
/// `CFAG_TEST_STORE=postgres`, a new database each on the PostgreSQL server `CFAG_TEST_POSTGRES`
/// names (`.ci/run` runs the store tests both ways).
enum TestStore {
  static let postgresURI: String? = {
    let environment = ProcessInfo.processInfo.environment
    guard environment["CFAG_TEST_STORE"] == "postgres" else { return nil }
    return environment["CFAG_TEST_POSTGRES"]
  }()

  /// Whether the tests run on SQLite files: the tests of what only a file has (its mode, its
  /// backup, SQLite's own checks) run only then.
  static var isSQLite: Bool { postgresURI == nil }

  /// A new, migrated PostgreSQL database on the test server; its URI.
  static func newPostgresDatabase(_ server: String) throws -> String {
    let name = "cfag_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
    _ = try PGConnection(uri: server).execute("CREATE DATABASE \(name)")
    let uri = withDatabase(server, name)
    _ = try Store.migratePostgres(uri: uri)
    return uri
  }

  /// `uri` with its database name replaced.
  static func withDatabase(_ uri: String, _ name: String) -> String {
    let afterScheme = uri.range(of: "://")!.upperBound
    let pathStart = uri[afterScheme...].firstIndex(of: "/") ?? uri.endIndex
    let queryStart = uri[pathStart...].firstIndex(of: "?") ?? uri.endIndex
    return String(uri[..<pathStart]) + "/" + name + String(uri[queryStart...])
  }
}

/// A fresh database (a file in a temporary folder, or a PostgreSQL database: see `TestStore`),
/// with a fixed day and actor.
struct StoreFixture {
  let folder: URL
  let workbench: Workbench

  init(today: String = "2026-11-23", actor: String = "Tester") throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfag-store-\(UUID().uuidString)")
    let store = try Store(
      path: try TestStore.postgresURI.map(TestStore.newPostgresDatabase)
        ?? folder.appendingPathComponent("cfag.sqlite").path)
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

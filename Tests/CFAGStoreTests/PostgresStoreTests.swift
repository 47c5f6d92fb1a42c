import CFAGDomain
import CFAGStore
import Foundation
import PostgresClient
import Testing

/// What only a store on a PostgreSQL server has to get right.
@Suite(.enabled(if: !TestStore.isSQLite, "needs the store on PostgreSQL (CFAG_TEST_STORE=postgres)"))
struct PostgresStoreTests {
  @Test func aConnectionTheServerClosedIsReplacedWithoutLosingTheAction() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let admin = try PGConnection(uri: fixture.path)
    _ = try admin.execute(
      """
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
      """)
    _ = try fixture.workbench.recommend(id, text: "After the restart", findings: [])
    #expect(try fixture.workbench.record(id).recommendations.map(\.text).contains("After the restart"))
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test func aDatabaseNotMigratedIsRefusedNamingWhatItLacks() throws {
    let server = try #require(TestStore.postgresURI)
    let name = "cfag_bare_\(UUID().uuidString.prefix(8).lowercased())"
    _ = try PGConnection(uri: server).execute("CREATE DATABASE \(name)")
    let uri = TestStore.withDatabase(server, name)
    #expect(throws: StoreError.needsMigration(uri, missing: SchemaVersion.migrationIDs)) {
      try Store(path: uri)
    }
    #expect(throws: StoreError.needsMigration(uri, missing: SchemaVersion.migrationIDs)) {
      try Store(path: uri, homeOn: Day(iso: "2026-11-23"))
    }
    #expect(try Store.migratePostgres(uri: uri) == SchemaVersion.migrationIDs)
    #expect(try Store.migratePostgres(uri: uri) == [])
    #expect(try Store(path: uri).isPostgres)
  }

  @Test("a database a migration behind is refused naming it, though the home screen's reads fail on it")
  func aDatabaseBehindIsRefusedWhenReadingAhead() throws {
    let fixture = try StoreFixture()
    let last = try #require(SchemaVersion.migrationIDs.last)
    let admin = try PGConnection(uri: fixture.path)
    // As if the last migration (the case figures the audit list reads) had not been run.
    try admin.execute("ALTER TABLE audit DROP COLUMN included_grades")
    try admin.execute("DELETE FROM cfag_migrations WHERE identifier = $1", [.text(last)])
    #expect(throws: StoreError.needsMigration(fixture.path, missing: [last])) {
      try Store(path: fixture.path, homeOn: Day(iso: "2026-11-23"))
    }
  }

  @Test("an agency login's screens learn of others' changes from what it may read of the log")
  func anAgencyLoginSeesThatOthersChanged() throws {
    let fixture = try StoreFixture()
    let login = "police_\(UUID().uuidString.prefix(8).lowercased())"
    _ = try Store.addRole(uri: fixture.path, login: login, role: .agency, agency: "police")
    let asPolice = try Workbench(
      store: try Store(path: Self.uri(fixture.path, login: login), homeOn: Day(iso: "2026-11-23")),
      session: Session(actor: login, today: Day(iso: "2026-11-23")!, clock: { "2026-11-23T10:00:00.000Z" }))
    let head = try asPolice.homeReading().head
    #expect(try asPolice.latestChange(after: head) == nil)
    _ = try fixture.audit(cases: 1)
    #expect(try asPolice.latestChange(after: head)?.actor == "Tester")
  }

  /// `uri` with the login `login`.
  static func uri(_ uri: String, login: String) -> String {
    guard let scheme = uri.range(of: "://"), let at = uri.range(of: "@") else { return uri }
    return uri.replacingCharacters(in: scheme.upperBound..<at.lowerBound, with: login)
  }

  @Test func aURIHoldingAPasswordIsRefused() throws {
    #expect {
      try Store(path: "postgresql://cfag:secret@db.example/cfag")
    } throws: { error in
      let text = "\(error)"
      return text.contains("holds a password") && !text.contains("secret")
    }
  }
}

import CFAGStore
import Testing

@testable import cfag

/// `cfag doctor` on a PostgreSQL database, from the facts connecting found.
struct DoctorServerCheckTests {
  static let panel = PostgresInspection(
    host: "db.council.example", sslMode: "verify-full", encrypted: true, serverVersion: 150_018,
    login: "qa.jones", ownsTables: false, roles: ["panel"], appliedMigrations: SchemaVersion.migrationIDs,
    audits: 12)

  static func facts(_ server: PostgresInspection?, openError: String? = nil) -> DoctorFacts.Database {
    var facts = DoctorCheckTests.healthy.database
    facts.path = "postgresql://qa.jones@db.council.example/cfag?sslmode=verify-full"
    facts.server = server
    facts.openError = openError
    return facts
  }

  static func findings(_ server: PostgresInspection?, openError: String? = nil) -> [DoctorFinding] {
    DoctorChecks.database(facts(server, openError: openError), schemaVersion: SchemaVersion.current)
  }

  @Test func aMigratedDatabaseReachedOverTLSWithARoleIsReady() {
    let found = Self.findings(Self.panel)
    #expect(found.allSatisfy { $0.level == .ok })
    #expect(found.contains { $0.message == "PostgreSQL 15.18 at db.council.example, as qa.jones" })
    #expect(found.contains { $0.message == "qa.jones works as panel" })
    #expect(found.contains { $0.message.contains("12 audits visible") })
    #expect(!found.contains { $0.message.contains("disk") })
  }

  @Test func anUnencryptedOrUncheckedConnectionIsCalledOut() {
    var server = Self.panel
    server.encrypted = false
    server.sslMode = "disable"
    let clear = Self.findings(server).filter { $0.level != .ok }
    #expect(clear.map(\.level) == [.problem])
    #expect(clear[0].message.contains("not encrypted") && clear[0].fix.contains("sslmode=verify-full"))
    server.encrypted = true
    server.sslMode = "require"
    #expect(Self.findings(server).filter { $0.level != .ok }.map(\.level) == [.warning])
    server.encrypted = false
    server.host = "/var/run/postgresql"
    #expect(Self.findings(server).allSatisfy { $0.level == .ok })
  }

  @Test func aDatabaseNotMigratedOrALoginWithoutARoleBlocks() {
    var server = Self.panel
    server.appliedMigrations = []
    let bare = Self.findings(server).filter { $0.level == .problem }
    #expect(bare.count == 1 && bare[0].fix.contains("cfag db migrate"))
    server = Self.panel
    server.roles = []
    let roleless = Self.findings(server).filter { $0.level == .problem }
    #expect(roleless.count == 1 && roleless[0].fix.contains("cfag db role add qa.jones"))
    server.ownsTables = true
    #expect(Self.findings(server).filter { $0.level != .ok }.map(\.level) == [.note])
  }

  @Test func aServerThatDoesNotAnswerBlocks() {
    let found = Self.findings(nil, openError: "cannot connect: no route to host")
    #expect(found.last?.level == .problem)
    #expect(found.last?.message.contains("no route to host") == true)
    #expect(found.last?.fix.contains("~/.pgpass") == true)
  }

  @Test func theLoginIsTheActorAndANameGivenOtherwiseIsRefused() {
    var settings = DoctorCheckTests.healthy.settings
    settings.onPostgres = true
    settings.databaseLogin = "qa.jones"
    let found = DoctorChecks.settings(settings)
    #expect(found.first?.message.contains("acting as \"qa.jones\", the database login") == true)
    #expect(found.contains { $0.level == .problem && $0.fix == "unset CFAG_USER" })
    settings.actorOrigin = .account
    #expect(DoctorChecks.settings(settings).allSatisfy { $0.level == .ok })
  }
}

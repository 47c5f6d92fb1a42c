import Foundation
import PostgresClient
import Testing

/// The shared PostgreSQL store from the command line, as the partnership would set it up. Runs when
/// `CFAG_TEST_POSTGRES` names a server (`.ci/run` starts one).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"] != nil))
struct PostgresCLITests {
  let server = ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"] ?? ""
  let suffix = UUID().uuidString.prefix(8).lowercased()

  /// The server's URI with another database and, optionally, another login.
  func uri(database: String, login: String? = nil) -> String {
    var text = server
    if let login, let at = text.range(of: "@"), let scheme = text.range(of: "://") {
      text.replaceSubrange(scheme.upperBound..<at.lowerBound, with: login)
    }
    let afterScheme = text.range(of: "://")!.upperBound
    let pathStart = text[afterScheme...].firstIndex(of: "/")!
    let queryStart = text[pathStart...].firstIndex(of: "?") ?? text.endIndex
    return String(text[..<pathStart]) + "/" + database + String(text[queryStart...])
  }

  func cli(as login: String?, database: String) throws -> CLIRunner {
    var cli = try CLIRunner(today: "2026-11-23")
    cli.environment["CFAG_USER"] = nil
    cli.environment["CFAG_DB"] = uri(database: database, login: login)
    return cli
  }

  /// A new, migrated database; its name.
  func migratedDatabase(_ name: String) throws -> String {
    let database = "cfag_\(name)_\(suffix)"
    _ = try PGConnection(uri: server).execute("CREATE DATABASE \(database)")
    #expect(try cli(as: nil, database: database).run(["db", "migrate"]).status == 0)
    return database
  }

  @Test func aDatabaseNotYetMigratedIsRefusedNamingTheCommand() throws {
    let database = "cfag_bare_\(suffix)"
    _ = try PGConnection(uri: server).execute("CREATE DATABASE \(database)")
    let refused = try cli(as: nil, database: database).run(["audit", "list"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("needs migrating to this cfag's schema ("))
    #expect(refused.stderr.contains("migrations to apply: v1-foundation, v2-salted-log-texts"))
    #expect(refused.stderr.contains("`cfag db migrate`"))
  }

  @Test func theSixCaseMeetingReadsTheSameOnBothDatabases() throws {
    let onFile = try CLIRunner()
    let onServer = try cli(as: nil, database: try migratedDatabase("replay"))
    var outputs: [[String]] = []
    for runner in [onFile, onServer] {
      let id = try runner.gradedAudit()
      outputs.append(
        try [["audit", "show", id, "--json"], ["report", id, "--format", "md"], ["findings", id]].map {
          let result = try runner.run($0)
          #expect(result.status == 0, "\($0): \(result.stderr)")
          return result.stdout
        })
    }
    #expect(outputs[0] == outputs[1])
    #expect(outputs[1][1].contains("1 of the 6 cases"))
    #expect(try onServer.run(["verify"]).status == 0)
  }

  /// The owner migrates and adds three logins; each then works under its own role, which the
  /// server enforces for `cfag` and for a raw connection alike.
  @Test func eachLoginWorksUnderItsRoleAndTheServerHoldsItThere() throws {
    let database = try migratedDatabase("roles")
    let (manager, panel, police) = ("manager_\(suffix)", "panel_\(suffix)", "police_\(suffix)")
    let owner = try cli(as: nil, database: database)
    #expect(try owner.run(["db", "role", "add", manager, "--role", "manager"]).status == 0)
    #expect(try owner.run(["db", "role", "add", panel, "--role", "panel"]).status == 0)
    let added = try owner.run(["db", "role", "add", police, "--role", "agency", "--agency", "police"])
    #expect(added.status == 0)
    #expect(added.stderr.contains("is an agency login for kent-police"))

    let asManager = try cli(as: manager, database: database)
    let id = try asManager.run(
      "audit create --theme child-in-need --date 2026-12-01 --chair Head --agency police --agency \"social care\""
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    for reference in ["MC-1001", "MC-1002"] {
      #expect(try asManager.run(["audit", "add-case", id, reference, "--reason", "chosen"]).status == 0)
    }
    #expect(
      try asManager.run(["returns", "add", id, "MC-1001", "--agency", "social care", "--involved", "no"])
        .status == 0)

    let asPolice = try cli(as: police, database: database)
    #expect(
      try asPolice.run(["returns", "add", id, "MC-1001", "--agency", "police", "--involved", "no"]).status
        == 0)
    let theirs = try asPolice.run([
      "returns", "add", id, "MC-1002", "--agency", "social care", "--involved", "no",
    ])
    #expect(theirs.status == 1)
    #expect(theirs.stderr.contains("refused this login"))
    let status = try asPolice.run(["returns", "status", id]).stdout
    #expect(status.contains("Police") && !status.contains("Children's Social Care"))
    let claimed = try asPolice.run(["--as", "Someone Else", "audit", "list"])
    #expect(claimed.status == 1)
    #expect(claimed.stderr.contains("--as is refused on a PostgreSQL database"))

    let asPanel = try cli(as: panel, database: database)
    for reference in ["MC-1001", "MC-1002"] {
      #expect(
        try asPanel.run(["grade", id, reference, "--grade", "good", "--rationale", "Timely"]).status == 0)
    }
    let signOff = try asPanel.run(["audit", "signoff", id, "--by", "Chair"])
    #expect(signOff.status == 1)
    #expect(signOff.stderr.contains("permission denied for table audit"))

    let ours = try asPanel.run([
      "escalate", id, "MC-1002", "--reason", "No plan", "--owner", "police", "--lead", "DI",
    ])
    let theirs2 = try asPanel.run([
      "escalate", id, "MC-1001", "--reason", "No visit", "--owner", "social care", "--lead", "TM",
    ])
    let (policeAction, socialCareAction) = (
      ours.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
      theirs2.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    )
    #expect(try asPolice.run(["actions", "update", policeAction, "--progress", "Visited"]).status == 0)
    #expect(try asPolice.run(["actions", "update", socialCareAction, "--progress", "Not ours"]).status == 1)
    #expect(try asPolice.run(["actions", "update", policeAction, "--status", "closed"]).status == 1)

    let log = try asManager.run(["log", "--json"])
    let actors = Set((try log.json() as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String })
    #expect(actors.isSuperset(of: [manager, panel, police]))
    #expect(try asManager.run(["verify"]).status == 0)

    // A raw connection as the agency login sees only its own agency's return.
    let raw = try PGConnection(uri: uri(database: database, login: police))
    let rows = try raw.execute("SELECT DISTINCT agency_id FROM agency_return")
    #expect(rows.rowCount == 1)
    #expect(rows.string(row: 0, column: 0) == "kent-police")
    #expect(throws: PGError.self) { try raw.execute("SELECT new_value FROM change_log") }
  }

  /// `cfag db copy --to URI` of a file: the copy verifies and lists the same audits.
  @Test func aCopyVerifiesAndListsTheSameAudits() throws {
    let onFile = try CLIRunner()
    _ = try onFile.gradedAudit()
    let database = "cfag_copy_\(suffix)"
    _ = try PGConnection(uri: server).execute("CREATE DATABASE \(database)")
    let uri = self.uri(database: database)
    let copied = try onFile.run(["db", "copy", "--to", uri, "--json"])
    #expect(copied.status == 0, "\(copied.stderr)")
    let result = try #require(try copied.json() as? [String: Any])
    let before = try #require(try onFile.run(["verify", "--json"]).json() as? [String: Any])
    #expect(result["change_records"] as? Int == before["change_records"] as? Int)
    #expect(result["head_hash"] as? String == before["head_hash"] as? String)
    #expect((result["tables"] as? [String: Int])?["audit"] == 1)

    let onServer = try cli(as: nil, database: database)
    let after = try #require(try onServer.run(["verify", "--json"]).json() as? [String: Any])
    #expect(after["valid"] as? Bool == true)
    #expect(after["head_hash"] as? String == before["head_hash"] as? String)
    #expect(
      try onServer.run(["audit", "list", "--json"]).stdout == onFile.run(["audit", "list", "--json"]).stdout)

    let again = try onFile.run(["db", "copy", "--to", uri])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already holds data"))
  }
}

import Foundation
import Testing

/// `cfag db copy --to URI`: what it refuses before reaching a server, and a copy onto the
/// `CFAG_TEST_POSTGRES` server that verifies and lists the same audits.
struct CLIDbCopyTests {
  @Test func aTargetThatIsNoPostgreSQLDatabaseOrHoldsAPasswordIsRefused() throws {
    let cli = try CLIRunner()
    _ = try cli.gradedAudit()
    let file = try cli.run(["db", "copy", "--to", cli.folder.appendingPathComponent("copy.sqlite").path])
    #expect(file.status == 1)
    #expect(file.stderr.contains("is not a PostgreSQL URI"))
    let password = try cli.run(["db", "copy", "--to", "postgresql://cfag:secret@localhost/cfag"])
    #expect(password.status == 1)
    #expect(password.stderr.contains("it holds a password") && !password.stderr.contains("secret"))
  }

  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"] != nil,
      "needs a PostgreSQL server in CFAG_TEST_POSTGRES"))
  func aCopyVerifiesAndListsTheSameAudits() throws {
    let cli = try CLIRunner()
    _ = try cli.gradedAudit()
    let uri = try Self.newDatabase(ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"]!)
    let copied = try cli.run(["db", "copy", "--to", uri, "--json"])
    #expect(copied.status == 0, "\(copied.stderr)")
    let result = try #require(try copied.json() as? [String: Any])
    let before = try #require(try cli.run(["verify", "--json"]).json() as? [String: Any])
    #expect(result["change_records"] as? Int == before["change_records"] as? Int)
    #expect(result["head_hash"] as? String == before["head_hash"] as? String)
    #expect((result["tables"] as? [String: Int])?["audit"] == 1)

    var server = cli
    server.environment["CFAG_DB"] = uri
    server.environment["CFAG_USER"] = nil
    let after = try #require(try server.run(["verify", "--json"]).json() as? [String: Any])
    #expect(after["valid"] as? Bool == true)
    #expect(after["head_hash"] as? String == before["head_hash"] as? String)
    #expect(
      try server.run(["audit", "list", "--json"]).stdout == cli.run(["audit", "list", "--json"]).stdout)

    let again = try cli.run(["db", "copy", "--to", uri])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already holds data"))
  }

  /// A new database on the server (made with `psql`); its URI.
  static func newDatabase(_ server: String) throws -> String {
    let name = "cfag_cli_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", "-q", server, "-c", "CREATE DATABASE \(name)"]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "psql could not create a database")
    // postgresql://user@host/DATABASE?options: the database is the path after the host.
    let host = try #require(server.range(of: "://")).upperBound
    let path = server[host...].firstIndex(of: "/") ?? server.endIndex
    let options = server[path...].firstIndex(of: "?") ?? server.endIndex
    return String(server[..<path]) + "/" + name + String(server[options...])
  }
}

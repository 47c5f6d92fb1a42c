import Foundation
import PostgresClient
import Testing

/// `PGConnection.begin`: a connection started ahead, finished by the next connection made with the
/// same URI and parameters. One is kept per process, so these run one at a time.
@Suite(.serialized) struct EarlyConnectionTests {
  @Test(
    "a connection begun ahead is the one the next connection with the same URI finishes",
    .enabled(if: TestServer.available, TestServer.skipReason))
  func begunAheadIsFinished() throws {
    try TestServer.withDatabase { database in
      let parameters = ["dbname": database.name, "application_name": "cfag-early"]
      PGConnection.begin(uri: database.uri, parameters: parameters)
      Thread.sleep(forTimeInterval: 0.2)
      let connection = try PGConnection(uri: database.uri, parameters: parameters)
      // Its server process started when it was begun, before the wait.
      let age = try connection.execute(
        "SELECT now() - backend_start >= interval '150 milliseconds' FROM pg_stat_activity WHERE pid = pg_backend_pid()"
      )
      #expect(age.boolean(row: 0, column: 0) == true)
      #expect(try connection.execute("SELECT current_database()").string(row: 0, column: 0) == database.name)
      // The next one is a connection of its own.
      let another = try PGConnection(uri: database.uri, parameters: parameters)
      #expect(another.processID != connection.processID)
    }
  }

  @Test("a connection begun ahead that cannot be made fails as a connection made then would")
  func begunAheadFailsAlike() {
    let uri = "postgresql://postgres:hunter2@/postgres?host=/nonexistent-cfag-early-sockets"
    PGConnection.begin(uri: uri)
    #expect {
      _ = try PGConnection(uri: uri)
    } throws: { error in
      let text = String(describing: error)
      return text.contains("/nonexistent-cfag-early-sockets/.s.PGSQL.5432") && !text.contains("hunter2")
    }
  }
}

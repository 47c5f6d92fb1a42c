import Foundation
import PostgresClient
import Testing

/// Statements sent together (`executeTogether`), as the home screen's reads are.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct PipelineTests {
  @Test("each statement's result comes back in order: unnamed, prepared and run by name")
  func resultsInOrder() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.execute("CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL)")
      try connection.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two'), (3, 'three')")
      let results = try connection.executeTogether([
        .unnamed("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", []),
        .unnamed("SELECT name FROM item WHERE id = $1", [.integer(2)]),
        .prepare(name: "count_over", sql: "SELECT count(*) FROM item WHERE id > $1"),
        .prepared(name: "count_over", [.integer(1)]),
        .unnamed("SELECT id FROM item ORDER BY id DESC", []),
        .unnamed("COMMIT", []),
      ])
      #expect(results.count == 6)
      #expect(results[1].string(row: 0, column: 0) == "two")
      #expect(results[3].integer(row: 0, column: 0) == 2)
      #expect((0..<results[4].rowCount).map { results[4].integer(row: $0, column: 0) } == [3, 2, 1])
      #expect(connection.transactionStatus == .idle)
      // The connection is out of pipeline mode: statements run one at a time again, and the
      // statement prepared in the pipeline is there.
      #expect(
        try connection.executePrepared(name: "count_over", [.integer(0)]).integer(row: 0, column: 0) == 3)
      #expect(try connection.executeTogether([]).isEmpty)
    }
  }

  @Test("the waiting work is done once, after the statements are sent and before their results are read")
  func waitingWork() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      let watcher = try database.connect()
      var runs = 0
      var seenOnServer = false
      let waiting = PGWaitingWork {
        runs += 1
        // The server has the statements: its session for `connection` comes to run the sleep,
        // whose result has not been read.
        var attempts = 0
        while !seenOnServer, attempts < 200 {
          attempts += 1
          let activity = try? watcher.execute(
            "SELECT query FROM pg_stat_activity WHERE pid = \(connection.processID) AND state = 'active'")
          seenOnServer =
            activity.map { $0.rowCount == 1 && $0.string(row: 0, column: 0)?.contains("waited") == true }
            ?? false
          if !seenOnServer { usleep(5000) }
        }
      }
      let results = try connection.executeTogether(
        [.unnamed("SELECT 'waited' FROM pg_sleep(1.5)", []), .unnamed("SELECT 2", [])], waiting: waiting)
      #expect(runs == 1)
      #expect(seenOnServer)
      #expect(results[0].string(row: 0, column: 0) == "waited")
      #expect(results[1].integer(row: 0, column: 0) == 2)
      // Done already: the next statements sent with it do not do it again.
      _ = try connection.executeTogether([.unnamed("SELECT 3", [])], waiting: waiting)
      #expect(runs == 1)
    }
  }

  @Test("the first statement that fails throws its error; the server skips the rest")
  func firstFailureThrows() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.execute("CREATE TABLE item (id bigint PRIMARY KEY)")
      let error = try #require(throws: PGError.self) {
        try connection.executeTogether([
          .unnamed("BEGIN", []),
          .unnamed("INSERT INTO item VALUES (1)", []),
          .unnamed("SELECT * FROM absent", []),
          .unnamed("INSERT INTO item VALUES (2)", []),
          .unnamed("COMMIT", []),
        ])
      }
      #expect(error.sqlState == "42P01")
      #expect(error.message.contains("absent"))
      // The transaction the pipeline began is left failed, for the caller to roll back.
      #expect(connection.transactionStatus == .inError)
      try connection.execute("ROLLBACK")
      #expect(try connection.execute("SELECT count(*) FROM item").integer(row: 0, column: 0) == 0)
    }
  }

  @Test("a parameter PostgreSQL cannot take ends the pipeline before it; the connection goes on")
  func unsendableParameter() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      let error = try #require(throws: PGError.self) {
        try connection.executeTogether([
          .unnamed("SELECT 1", []),
          .unnamed("SELECT $1::text", [.text("nul \u{0} inside")]),
        ])
      }
      #expect(error.message.contains("$1"))
      #expect(connection.transactionStatus == .idle)
      #expect(try connection.execute("SELECT 2").integer(row: 0, column: 0) == 2)
    }
  }
}

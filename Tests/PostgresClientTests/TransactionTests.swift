import PostgresClient
import Testing

/// The transaction status follows BEGIN, a failure inside it, and ROLLBACK.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct TransactionTests {
  @Test("a failed statement inside BEGIN leaves the transaction in error until ROLLBACK")
  func failedTransaction() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      #expect(connection.transactionStatus == .idle)
      try connection.execute("CREATE TABLE audit (id integer PRIMARY KEY)")
      try connection.execute("BEGIN")
      #expect(connection.transactionStatus == .inTransaction)
      try connection.execute("INSERT INTO audit VALUES (1)")
      let division = try #require(throws: PGError.self) { try connection.execute("SELECT 1 / 0") }
      #expect(division.sqlState == "22012")
      #expect(connection.transactionStatus == .inError)
      let refused = try #require(throws: PGError.self) { try connection.execute("SELECT 1") }
      #expect(refused.sqlState == "25P02")
      try connection.execute("ROLLBACK")
      #expect(connection.transactionStatus == .idle)
      #expect(try connection.execute("SELECT count(*) FROM audit").integer(row: 0, column: 0) == 0)
    }
  }

  @Test("a committed transaction keeps its rows; the server and the connection report themselves")
  func committedTransaction() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      #expect(connection.serverVersion >= 100_000)
      #expect(connection.processID > 0)
      #expect(connection.socket >= 0)
      try connection.execute("CREATE TABLE audit (id integer PRIMARY KEY)")
      try connection.execute("BEGIN")
      try connection.execute("INSERT INTO audit SELECT generate_series(1, 3)")
      try connection.execute("COMMIT")
      #expect(connection.transactionStatus == .idle)
      let updated = try connection.execute("UPDATE audit SET id = id + 10 WHERE id > 1")
      #expect(updated.affectedRows == 2)
      #expect(try connection.execute("CREATE INDEX ON audit (id)").affectedRows == nil)
      #expect(try connection.execute("SELECT current_database()").string(row: 0, column: 0) == database.name)
    }
  }

  @Test("a script runs every statement, or none when one fails")
  func script() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.executeScript(
        """
        CREATE TABLE audit (id integer PRIMARY KEY);
        CREATE TABLE finding (id integer PRIMARY KEY, audit integer REFERENCES audit);
        INSERT INTO audit VALUES (1), (2);
        """)
      #expect(try connection.execute("SELECT count(*) FROM audit").integer(row: 0, column: 0) == 2)
      let error = try #require(throws: PGError.self) {
        try connection.executeScript("CREATE TABLE extra (id integer); INSERT INTO finding VALUES (1, 9);")
      }
      #expect(error.isForeignKeyViolation)
      #expect(connection.transactionStatus == .idle)
      let extra = try connection.execute("SELECT to_regclass('extra') IS NULL")
      #expect(extra.boolean(row: 0, column: 0) == true)
      #expect(throws: PGError.self) { try connection.execute("SELECT 1; SELECT 2") }
    }
  }
}

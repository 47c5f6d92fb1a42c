import PostgresClient
import Testing

/// A statement prepared once and run many times, as repeated writes do.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct PreparedStatementTests {
  @Test("a prepared insert run 100 times writes 100 rows")
  func hundredInserts() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.execute("CREATE TABLE change (seq bigint PRIMARY KEY, field text NOT NULL, hash bytea)")
      try connection.prepare(name: "insert_change", sql: "INSERT INTO change VALUES ($1, $2, $3)")
      for seq in 1...100 {
        let result = try connection.executePrepared(
          name: "insert_change", [.integer(Int64(seq)), .text("field \(seq)"), .bytes([UInt8(seq), 0, 255])])
        #expect(result.affectedRows == 1)
      }
      let totals = try connection.execute("SELECT count(*), sum(seq), max(field) FROM change")
      #expect(totals.integer(row: 0, column: 0) == 100)
      #expect(totals.integer(row: 0, column: 1) == 5050)
      #expect(totals.string(row: 0, column: 2) == "field 99")
      let last = try connection.execute("SELECT hash FROM change WHERE seq = $1", [.integer(100)])
      #expect(last.bytes(row: 0, column: 0) == [100, 0, 255])
    }
  }

  @Test("a prepared query returns rows; an unknown statement name is the server's error")
  func preparedQuery() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.prepare(name: "square", sql: "SELECT $1::bigint * $1::bigint AS square")
      #expect(
        try connection.executePrepared(name: "square", [.integer(12)]).integer(row: 0, column: 0) == 144)
      let error = try #require(throws: PGError.self) { try connection.executePrepared(name: "absent") }
      #expect(error.sqlState == "26000")
      let duplicate = try #require(throws: PGError.self) {
        try connection.prepare(name: "square", sql: "SELECT 1")
      }
      #expect(duplicate.sqlState == "42P05")
    }
  }
}

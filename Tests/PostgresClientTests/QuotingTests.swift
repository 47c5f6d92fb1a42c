import PostgresClient
import Testing

/// Names and literals for statements that cannot take parameters.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct QuotingTests {
  @Test("an identifier with a double quote is quoted by doubling it, and names the table it made")
  func identifier() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      let name = #"audit "March" 2026"#
      let quoted = try connection.quoteIdentifier(name)
      #expect(quoted == #""audit ""March"" 2026""#)
      try connection.execute("CREATE TABLE \(quoted) (id integer)")
      let tables = try connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
      #expect(tables.string(row: 0, column: 0) == name)
    }
  }

  @Test("a literal with quotes and backslashes reads back as itself")
  func literal() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      #expect(try connection.quoteLiteral("it's") == "'it''s'")
      for text in ["it's", #"back\slash"#, "Zürich 👩🏽‍💻", ""] {
        let result = try connection.execute("SELECT " + connection.quoteLiteral(text))
        #expect(result.string(row: 0, column: 0) == text)
      }
      #expect(throws: PGError.self) { try connection.quoteIdentifier("a\u{0}b") }
    }
  }
}

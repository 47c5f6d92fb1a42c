import PostgresClient
import Testing

/// A failed statement's error carries the server's SQLSTATE and fields.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct ErrorTests {
  @Test("a unique violation carries SQLSTATE 23505, the constraint, the table and the detail")
  func uniqueViolation() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.execute(
        "CREATE TABLE audit (id integer PRIMARY KEY, title text CONSTRAINT audit_title_key UNIQUE)")
      try connection.execute("INSERT INTO audit VALUES (1, $1)", [.text("March")])
      let error = try #require(throws: PGError.self) {
        try connection.execute("INSERT INTO audit VALUES (2, $1)", [.text("March")])
      }
      #expect(error.isUniqueViolation)
      #expect(error.sqlState == "23505")
      #expect(error.constraint == "audit_title_key")
      #expect(error.table == "audit")
      #expect(error.schema == "public")
      #expect(error.message == #"duplicate key value violates unique constraint "audit_title_key""#)
      #expect(error.detail == "Key (title)=(March) already exists.")
      #expect(!error.isForeignKeyViolation && !error.isSerializationFailure && !error.isDeadlock)
      #expect(
        String(describing: error).contains("(SQLSTATE 23505)\nDetail: Key (title)=(March) already exists."))
    }
  }

  @Test("a foreign-key violation, a not-null violation's column, and a syntax error's hintless message")
  func otherViolations() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.execute("CREATE TABLE audit (id integer PRIMARY KEY)")
      try connection.execute(
        "CREATE TABLE finding (id integer PRIMARY KEY, audit integer NOT NULL REFERENCES audit)")
      let foreign = try #require(throws: PGError.self) {
        try connection.execute("INSERT INTO finding VALUES (1, 9)")
      }
      #expect(foreign.isForeignKeyViolation)
      #expect(foreign.constraint == "finding_audit_fkey")
      let notNull = try #require(throws: PGError.self) {
        try connection.execute("INSERT INTO finding VALUES (1, $1)", [.null])
      }
      #expect(notNull.sqlState == "23502")
      #expect(notNull.column == "audit")
      let syntax = try #require(throws: PGError.self) { try connection.execute("SELEC 1") }
      #expect(syntax.sqlState == "42601")
      #expect(syntax.message == #"syntax error at or near "SELEC""#)
    }
  }

  @Test("a row locked by another connection: NOWAIT fails with lock-not-available (55P03)")
  func lockNotAvailable() throws {
    try TestServer.withDatabase { database in
      let holder = try database.connect()
      let waiter = try database.connect()
      try holder.execute("CREATE TABLE audit (id integer PRIMARY KEY)")
      try holder.execute("INSERT INTO audit VALUES (1)")
      try holder.execute("BEGIN")
      try holder.execute("SELECT * FROM audit WHERE id = 1 FOR UPDATE")
      let error = try #require(throws: PGError.self) {
        try waiter.execute("SELECT * FROM audit WHERE id = 1 FOR UPDATE NOWAIT")
      }
      #expect(error.isLockNotAvailable)
      try holder.execute("ROLLBACK")
    }
  }

  @Test("a role without the privilege is refused with insufficient-privilege (42501)")
  func insufficientPrivilege() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      let role = database.name + "_reader"
      try connection.execute("CREATE ROLE " + connection.quoteIdentifier(role) + " NOLOGIN")
      defer { _ = try? connection.execute("DROP ROLE IF EXISTS " + connection.quoteIdentifier(role)) }
      try connection.execute("CREATE TABLE secret (id integer)")
      try connection.execute("SET ROLE " + connection.quoteIdentifier(role))
      let error = try #require(throws: PGError.self) { try connection.execute("SELECT * FROM secret") }
      #expect(error.isInsufficientPrivilege)
      try connection.execute("RESET ROLE")
    }
  }
}

import PostgresClient
import Testing

/// Connection strings as libpq reads them, and messages that never show a password: no server needed.
struct ConnectionInfoTests {
  @Test("parse finds the password a URI carries, so a program can refuse it")
  func passwordInURI() throws {
    let options = try PGConnectionInfo.parse("postgresql://u:secret@/db?host=/tmp")
    #expect(options["password"] == "secret")
    #expect(options["user"] == "u")
    #expect(options["dbname"] == "db")
    #expect(options["host"] == "/tmp")
  }

  @Test("parse finds no password in a URI without one")
  func noPassword() throws {
    let options = try PGConnectionInfo.parse("postgresql://u@/db?host=/tmp")
    #expect(options["password"] == nil)
    #expect(options["user"] == "u")
  }

  @Test("parse reads keyword=value strings and percent-encoded URIs")
  func otherForms() throws {
    #expect(try PGConnectionInfo.parse("host=/run/pg dbname=cfag")["dbname"] == "cfag")
    let options = try PGConnectionInfo.parse("postgres://u%40x:p%3Aw@db.example:6543/audit%20one")
    #expect(options["user"] == "u@x")
    #expect(options["password"] == "p:w")
    #expect(options["host"] == "db.example")
    #expect(options["port"] == "6543")
    #expect(options["dbname"] == "audit one")
  }

  @Test("a malformed URI is libpq's error, with the password masked")
  func malformed() throws {
    #expect {
      _ = try PGConnectionInfo.parse("postgresql://u:hunter2@/db?nosuchoption=1")
    } throws: { error in
      let text = String(describing: error)
      return text.contains("nosuchoption") && !text.contains("hunter2")
    }
    // libpq quotes this one whole.
    let error = try #require(throws: PGError.self) {
      _ = try PGConnectionInfo.parse("postgresql://u:hunter2@[::1/db")
    }
    #expect(error.message.contains(#""postgresql://u:***@[::1/db""#), "\(error.message)")
  }

  @Test(
    "only postgresql:// and postgres:// URIs are PostgreSQL's",
    arguments: [
      ("postgresql://postgres@/postgres?host=/tmp", true), ("postgres://db.example/cfag", true),
      ("/home/me/cfag.sqlite", false), ("cfag.sqlite", false), ("postgresql:/x", false),
      ("file:///tmp/cfag.sqlite", false),
    ])
  func postgresURI(text: String, expected: Bool) {
    #expect(PGConnectionInfo.isPostgresURI(text) == expected)
  }

  @Test("a connection to a socket folder that does not exist names the socket and the reason")
  func badSocketDirectory() {
    #expect {
      _ = try PGConnection(uri: "postgresql://postgres:hunter2@/postgres?host=/nonexistent-cfag-sockets")
    } throws: { error in
      let text = String(describing: error)
      return text.contains("/nonexistent-cfag-sockets/.s.PGSQL.5432")
        && text.contains("No such file or directory")
        && !text.contains("hunter2") && (error as? PGError)?.sqlState == nil
    }
  }
}

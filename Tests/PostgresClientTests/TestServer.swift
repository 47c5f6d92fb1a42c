import Foundation
import PostgresClient
import Testing

/// The server the tests may use: `CFAG_TEST_POSTGRES` holds its URI (`.ci/postgres start` prints
/// one). Without it the tests that need a server are skipped.
enum TestServer {
  static let uri: String? = ProcessInfo.processInfo.environment["CFAG_TEST_POSTGRES"].flatMap {
    $0.isEmpty ? nil : $0
  }

  static let available = uri != nil
  static let skipReason: Comment = "CFAG_TEST_POSTGRES is not set to a PostgreSQL server's URI"

  /// Runs `body` with a connection to a database of its own, made for it and dropped afterwards,
  /// so tests can run in parallel.
  static func withDatabase<Result>(_ body: (_ database: TestDatabase) throws -> Result) throws -> Result {
    let uri = try #require(uri)
    let admin = try PGConnection(uri: uri)
    let name = "cfag_test_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    try admin.execute("CREATE DATABASE " + admin.quoteIdentifier(name))
    defer {
      _ = try? admin.execute("DROP DATABASE IF EXISTS " + admin.quoteIdentifier(name) + " WITH (FORCE)")
    }
    return try body(TestDatabase(uri: uri, name: name))
  }
}

/// A database made for one test.
struct TestDatabase {
  let uri: String
  let name: String

  /// A new connection to it.
  func connect() throws -> PGConnection {
    try PGConnection(uri: uri, parameters: ["dbname": name])
  }
}

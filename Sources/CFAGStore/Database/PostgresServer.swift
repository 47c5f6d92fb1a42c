import Foundation
import PostgresClient

/// A store on a PostgreSQL server: its connections, opened as needed, each used by one action at
/// a time and kept for the next. Reads run in a read-only snapshot; writes take the change log's
/// chain lock first, so concurrent writers append to the chain one after another, never forking it.
final class PostgresServer: @unchecked Sendable {
  /// The connection URI, as given (it holds no password: those come from ~/.pgpass or PGPASSWORD).
  let uri: String
  private let lock = NSLock()
  private var idle: [PostgresConnection] = []
  /// What `opening` read ahead, and the statements it answers, until they are asked for or
  /// something is written.
  private var readAhead: (statements: [SQLStatement], rows: [[SQLRow]])?

  /// The key of the transaction-scoped advisory lock every write holds: "CFAG" in ASCII.
  static let chainLock: Int64 = 0x4346_4147

  init(uri: String) throws {
    self.uri = uri
    idle.append(try Self.open(uri))
  }

  /// Runs `body` in a read-only snapshot of the database.
  func read<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    try transaction(Self.readOnlySnapshot, body)
  }

  /// What begins a read: a snapshot that sees one moment of the database throughout.
  private static let readOnlySnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

  /// Runs `body`, one statement that only reads, outside a transaction block (one statement sees
  /// one snapshot): two round trips to the server fewer than `read`.
  func readOne<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    try retryingOnce(body)
  }

  /// Each statement's rows, the statements only reading, in one read-only snapshot: all of them,
  /// with the transaction's beginning and end, sent in one round trip to the server; or, the first
  /// time these statements are asked for, the rows `opening` read ahead.
  func readTogether(_ statements: [SQLStatement]) throws -> [[SQLRow]] {
    if let ahead = lock.withLock({ () -> [[SQLRow]]? in
      defer { readAhead = nil }
      return readAhead?.statements == statements ? readAhead?.rows : nil
    }) {
      return ahead
    }
    return try retryingOnce { connection in try Self.inSnapshot(connection, statements) }
  }

  /// Runs `first` (statements that only read, outside a transaction block) and, in the same round
  /// trip (before them), `ahead` in a read-only snapshot, whose rows are kept for the next
  /// `readTogether` of the same statements unless something is written first. When those fail (on
  /// a database whose schema is not this cfag's, say), `first` is run again alone: its rows are
  /// returned either way. `waiting` is done while the server runs them.
  func opening(_ first: [SQLStatement], readingAhead ahead: [SQLStatement], waiting: PGWaitingWork? = nil)
    throws -> [[SQLRow]]
  {
    guard !ahead.isEmpty else { return try readOne { try $0.rowsTogether(first, waiting: waiting) } }
    return try retryingOnce { connection in
      let rows: [[SQLRow]]
      do {
        rows = try Self.inSnapshot(connection, ahead, followedBy: first, waiting: waiting)
      } catch let error as PGError where error.sqlState != nil {
        return try connection.rowsTogether(first)
      }
      lock.withLock { readAhead = (ahead, Array(rows.prefix(ahead.count))) }
      return Array(rows.dropFirst(ahead.count))
    }
  }

  /// `statements` in a read-only snapshot, then `after` outside it, all sent in one round trip
  /// (a snapshot's isolation is set by its first statement, so it comes first); their rows, those
  /// of the snapshot's beginning and end left out.
  private static func inSnapshot(
    _ connection: PostgresConnection, _ statements: [SQLStatement], followedBy after: [SQLStatement] = [],
    waiting: PGWaitingWork? = nil
  ) throws -> [[SQLRow]] {
    let all = [SQLStatement(Self.readOnlySnapshot)] + statements + [SQLStatement("COMMIT")] + after
    do {
      var rows = try connection.rowsTogether(all, waiting: waiting)
      rows.remove(at: statements.count + 1)
      return Array(rows.dropFirst())
    } catch {
      if connection.connection.transactionStatus != .idle {
        _ = try? connection.connection.execute("ROLLBACK")
      }
      throw error
    }
  }

  /// Runs `body`, which reads and changes nothing, on a kept connection; if the server has closed
  /// that one since (a restart, an idle timeout), the kept ones are dropped and `body` runs again
  /// on a new connection.
  private func retryingOnce<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    let connection = try take()
    defer { give(connection) }
    do {
      return try body(connection)
    } catch {
      guard connection.connection.transactionStatus == .unknown else { throw error }
      lock.withLock { idle.removeAll() }
      let fresh = try Self.open(uri)
      defer { give(fresh) }
      return try body(fresh)
    }
  }

  /// Runs `body` in a write transaction holding the chain lock: all of it is committed, or none.
  /// The transaction begins and takes the lock in one round trip to the server.
  func write<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    lock.withLock { readAhead = nil }
    return try transaction("BEGIN; SELECT pg_advisory_xact_lock(\(Self.chainLock))", body)
  }

  /// Runs `body` in the transaction the statements `begin` (without parameters) start.
  private func transaction<T>(_ begin: String, _ body: (PostgresConnection) throws -> T) throws -> T {
    var connection = try take()
    do {
      try connection.connection.executeScript(begin)
    } catch {
      // A kept connection the server has closed since (a restart, an idle timeout): nothing was
      // done on it, so the kept ones are dropped and the action starts on a new connection.
      lock.withLock { idle.removeAll() }
      connection = try Self.open(uri)
      try connection.connection.executeScript(begin)
    }
    defer { give(connection) }
    do {
      let result = try body(connection)
      _ = try connection.connection.execute("COMMIT")
      return result
    } catch {
      _ = try? connection.connection.execute("ROLLBACK")
      throw error
    }
  }

  private func take() throws -> PostgresConnection {
    try lock.withLock { idle.popLast() } ?? Self.open(uri)
  }

  /// Keeps a connection for the next action, unless it was left inside a transaction or broken.
  private func give(_ connection: PostgresConnection) {
    guard connection.connection.transactionStatus == .idle else { return }
    lock.withLock { idle.append(connection) }
  }

  /// What each of cfag's connections sets: its name in the server's list of sessions.
  private static let parameters = ["application_name": "cfag"]

  /// Begins the connection `init(uri:)` will finish (`PGConnection.begin`).
  static func begin(_ uri: String) { PGConnection.begin(uri: uri, parameters: parameters) }

  private static func open(_ uri: String) throws -> PostgresConnection {
    PostgresConnection(try PGConnection(uri: uri, parameters: parameters))
  }
}

import CPQ

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One connection to a PostgreSQL server, used from one thread at a time (so not `Sendable`).
/// Closed when the last reference goes. The server's notices are not printed.
public final class PGConnection {
  let pq: LibPQ
  let handle: OpaquePointer

  /// Connects with a `postgresql://` URI or a `key=value` connection string; `parameters` (such as
  /// `dbname` or `application_name`) override the URI's. The client encoding is always UTF-8.
  /// Throws libpq's message, with any password in the URI masked. A connection `begin` started
  /// with the same URI and parameters is finished rather than a new one made.
  public init(uri: String, parameters: [String: String] = [:]) throws(PGError) {
    let pq = try LibPQ.load()
    let connection: OpaquePointer
    if let early = PGConnectionStart.take(uri: uri, parameters: parameters) {
      connection = early.finish()
    } else {
      let (keywords, values) = Self.keywordsAndValues(uri, parameters)
      let made = withCStrings(keywords) { keywords in
        withCStrings(values) { values in pq.connectdbParams(keywords, values, 1) }
      }
      guard let made else { throw PGError(message: "PostgreSQL connection failed: out of memory") }
      connection = made
    }
    guard pq.status(connection) == CONNECTION_OK else {
      let error = PGError(connection: connection, pq: pq, otherwise: "PostgreSQL connection failed")
      pq.finish(connection)
      throw error.masking(PGConnectionInfo.secrets(in: uri) + [parameters["password"]].compactMap { $0 })
    }
    _ = pq.setNoticeProcessor(connection, { _, _ in }, nil)
    self.pq = pq
    self.handle = connection
  }

  /// Begins a connection that `init(uri:parameters:)` with the same URI and parameters finishes:
  /// libpq is loaded and the startup message sent now, so the server makes the session's process
  /// while the caller does other work (the workbench opens the terminal). Nothing is reported
  /// here: a failure is found, and reported, when the connection is finished.
  public static func begin(uri: String, parameters: [String: String] = [:]) {
    guard let pq = try? LibPQ.load() else { return }
    let (keywords, values) = keywordsAndValues(uri, parameters)
    let started = withCStrings(keywords) { keywords in
      withCStrings(values) { values in pq.connectStartParams(keywords, values, 1) }
    }
    guard let started else { return }
    PGConnectionStart.keep(PGConnectionStart(pq: pq, handle: started, uri: uri, parameters: parameters))
  }

  /// libpq's keywords and values: the URI as `dbname` (expanded), the overrides, UTF-8.
  private static func keywordsAndValues(_ uri: String, _ parameters: [String: String]) -> ([String], [String])
  {
    let overrides = parameters.filter { $0.key != "client_encoding" }.sorted { $0.key < $1.key }
    return (
      ["dbname"] + overrides.map(\.key) + ["client_encoding"], [uri] + overrides.map(\.value) + ["UTF8"]
    )
  }

  deinit { pq.finish(handle) }

  /// The server's version as a number: 150005 for 15.5.
  public var serverVersion: Int { Int(pq.serverVersion(handle)) }

  /// Whether the connection is in a transaction block, and whether that block has failed.
  public var transactionStatus: PGTransactionStatus { PGTransactionStatus(pq.transactionStatus(handle)) }

  /// The process ID of the server process serving this connection (as `PGNotification.processID`
  /// names the sender).
  public var processID: Int32 { pq.backendPID(handle) }

  /// The connection's socket, to wait on (`poll`) for notifications; -1 when the connection is lost.
  public var socket: Int32 { pq.socket(handle) }
}

/// Where a connection stands with respect to transactions (`PQtransactionStatus`).
public enum PGTransactionStatus: Sendable, Equatable {
  /// Not in a transaction block.
  case idle
  /// A statement is running.
  case active
  /// In a transaction block that has not failed.
  case inTransaction
  /// In a failed transaction block: every statement fails until ROLLBACK.
  case inError
  /// The connection is bad.
  case unknown

  init(_ status: PGTransactionStatusType) {
    switch status {
    case PQTRANS_IDLE: self = .idle
    case PQTRANS_ACTIVE: self = .active
    case PQTRANS_INTRANS: self = .inTransaction
    case PQTRANS_INERROR: self = .inError
    default: self = .unknown
    }
  }
}

/// Calls `body` with `strings` as a NULL-terminated array of C strings.
func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result)
  -> Result
{
  let copies = strings.map { strdup($0) }
  defer { copies.forEach { free($0) } }
  let pointers = copies.map { $0.map { UnsafePointer($0) } } + [nil]
  return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

import CFAGDomain
import CFAGOutput
import Foundation
import GRDB
import PostgresClient

/// The database: one SQLite file (WAL mode, migrated when opened, through one connection), or a
/// PostgreSQL database (`postgresql://...`, migrated by `migratePostgres`); one transaction per user
/// action with its change records, whichever it is.
public final class Store: Sendable {
  /// Where the data is: the SQLite file's path, or the PostgreSQL URI.
  public let path: String
  private let engine: Engine
  /// Things people should know about the file (mode, file system), found when it was opened.
  public let warnings: [String]
  public let isReadOnly: Bool
  /// The database login acting on a PostgreSQL store (`session_user`, read with the schema's version
  /// when the store was opened); nil for an SQLite file, whose actor is whoever the program is told
  /// is acting.
  public let login: String?
  /// True when the agency list had agencies when a PostgreSQL store was opened (counted in the same
  /// round trip as the schema check); nil when not counted (an SQLite file, a batch).
  let hadAgencies: Bool?
  /// The themes of audits read so far, decoded (shared with the store's batches).
  let themes: JSONColumnCache<Theme>
  /// The personal-data check's matchers of audits' case references (shared with the batches).
  let referenceMatchers: ReferenceMatcherCache
  /// Inside `batch`: the write connection, in its open transaction, that every action and read of
  /// the batch uses.
  private let batchConnection: BatchConnection?

  private enum Engine: Sendable {
    /// One connection: the program's reads and writes take turns on it (each a few milliseconds), and
    /// other processes read and write the file beside it, as WAL allows. A second connection for
    /// reading cost a second schema, a second page cache and GRDB's set-up of a pool at every start.
    case sqlite(DatabaseQueue)
    case postgres(PostgresServer)
  }

  /// Whether the data is on a PostgreSQL server.
  public var isPostgres: Bool {
    if case .postgres = engine { return true }
    return false
  }

  /// Which SQL the database speaks.
  var dialect: SQLDialect { isPostgres ? .postgres : .sqlite }

  /// Opens the database at `path`: a PostgreSQL URI (its schema must be up to date), or an SQLite
  /// file, created if needed and brought up to date. `readOnly` opens an existing SQLite file
  /// without writing to it. With `homeOn`, a PostgreSQL store reads the home screen's data for that
  /// day in the same round trip as its schema check, and keeps it for the first `homeReading`
  /// (the screens' first frame waits on the server once, not twice); a write discards it. A
  /// PostgreSQL store does `whileReading` once, while the server reads that round trip (the
  /// screens open the terminal then), unless opening fails before it is sent; a file never does.
  public convenience init(
    path: String, readOnly: Bool = false, homeOn today: Day? = nil, whileReading: (() -> Void)? = nil
  ) throws {
    if PGConnectionInfo.isPostgresURI(path) {
      let server = try Self.connect(path)
      let ahead = today.map { Workbench.homeStatements(.postgres, today: $0) } ?? []
      let opening = try Self.requireCurrentSchema(
        server, readingAhead: ahead, waiting: whileReading.map(PGWaitingWork.init))
      self.init(
        path: path, engine: .postgres(server), warnings: [], readOnly: false, login: opening.login,
        hadAgencies: opening.hadAgencies)
    } else {
      let (queue, warnings) = try Self.openSQLite(path, readOnly: readOnly)
      self.init(
        path: path, engine: .sqlite(queue), warnings: warnings, readOnly: readOnly, login: nil,
        hadAgencies: nil)
    }
  }

  /// For a PostgreSQL URI without a password, begins the connection that opening its store will
  /// use: the server makes the session's process while the caller does other work (the screens
  /// open the terminal). Nothing for a file; a connection that fails is reported by the opening.
  public static func beginConnecting(to path: String) {
    guard isPostgresURI(path) else { return }
    let password = (try? PGConnectionInfo.parse(path))?["password"] ?? ""
    if password.isEmpty { PostgresServer.begin(path) }
  }

  private init(
    path: String, engine: Engine, warnings: [String], readOnly: Bool, login: String?, hadAgencies: Bool?
  ) {
    self.path = path
    self.engine = engine
    self.warnings = warnings
    self.isReadOnly = readOnly
    self.login = login
    self.hadAgencies = hadAgencies
    themes = JSONColumnCache()
    referenceMatchers = ReferenceMatcherCache()
    batchConnection = nil
  }

  private static func openSQLite(_ path: String, readOnly: Bool) throws -> (DatabaseQueue, [String]) {
    let existed = FileManager.default.fileExists(atPath: path)
    if readOnly && !existed { throw StoreError.missing(path) }
    if existed { try StoreLocation.requireRegularFile(path) }
    let warnings = readOnly ? [] : try StoreLocation.prepare(path: path)
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.readonly = readOnly
    configuration.busyMode = .timeout(10)
    configuration.label = "cfag"
    let oldMask = umask(0o077)
    defer { umask(oldMask) }
    do {
      if !readOnly && !existed { try Self.create(path, configuration) }
      let queue = try openQueue(path, configuration)
      if !readOnly {
        if try !isMigrated(queue) { try Schema.migrator.migrate(queue) }
        // A file the program did not create keeps its mode (a warning says if others can read it).
        if !existed { StoreLocation.makePrivate(path) }
      }
      return (queue, warnings)
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    }
  }

  /// Whether the file records every migration this cfag knows as applied, in order: read in one
  /// query, so that a start on a file already migrated (nearly every start) leaves GRDB's migrator
  /// alone, which reads the applied migrations into a set (half a million instructions of the
  /// start, most of them the first look-up of a `Hashable` conformance). Anything else, such as a
  /// file of an older or a newer cfag, goes to the migrator.
  private static func isMigrated(_ queue: DatabaseQueue) throws -> Bool {
    let applied = try queue.read { db in
      try? SQLiteConnection(db).value(
        String.self,
        "SELECT group_concat(identifier, ' ') FROM (SELECT identifier FROM grdb_migrations ORDER BY rowid)")
    }
    return applied == Schema.migrations.map(\.id).joined(separator: " ")
  }

  /// The file's connection, writing ahead to the `-wal` file with `synchronous = NORMAL` (a test
  /// checks both): every committed transaction survives a crash of the program or a closed
  /// terminal; only a power cut can lose the last commits, and never corrupts the file. WAL is
  /// kept in the file once set; it is set again on a file that lost it (a backup put in place by
  /// hand is in rollback mode), unless the file is opened read-only.
  private static func openQueue(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
      if !configuration.readonly { try db.execute(sql: "PRAGMA journal_mode = WAL") }
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    return queue
  }

  /// Makes a new database whole beside `path` (schema written, log checkpointed into the file)
  /// and only then links it into place, so a process killed while creating it leaves either no
  /// database or a complete one. Another process that got there first wins; its file is used.
  private static func create(_ path: String, _ configuration: Configuration) throws {
    removeAbandonedCreations(of: path)
    let temporary = "\(path).creating-\(getpid())"
    defer { for suffix in ["", "-wal", "-shm"] { unlink(temporary + suffix) } }
    let queue = try openQueue(temporary, configuration)
    try Schema.migrator.migrate(queue)
    try queue.writeWithoutTransaction { _ = try $0.checkpoint(.truncate) }
    try queue.close()
    guard link(temporary, path) == 0 || errno == EEXIST else {
      throw StoreError.other(path, String(cString: strerror(errno)))
    }
  }

  /// Removes what a creation killed part-way left beside `path` (`NAME.creating-PID` of a process
  /// no longer running).
  private static func removeAbandonedCreations(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let prefix = (path as NSString).lastPathComponent + ".creating-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    for name in names where name.hasPrefix(prefix) {
      let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
      guard pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink((folder as NSString).appendingPathComponent(name))
    }
  }

  /// The page cache of a large transaction's write connection, in KiB (SQLite's own default is
  /// 2,000).
  private static let largeTransactionCacheKiB = 65_536

  /// Runs `body` (a large transaction) with the write connection keeping up to
  /// `largeTransactionCacheKiB` of pages in memory, and the pages its savepoints keep to roll back
  /// to: they are not spilled to the `-wal` file part-way and read back, nor to a temporary file.
  /// The connection's settings are put back afterwards.
  private static func keepingPagesInMemory<T>(_ db: Database, _ body: () throws -> T) throws -> T {
    let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
    try db.execute(sql: "PRAGMA cache_size = -\(largeTransactionCacheKiB); PRAGMA temp_store = MEMORY")
    defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize); PRAGMA temp_store = \(tempStore)") }
    return try body()
  }

  /// Whether `path` is an SQLite file holding nothing of cfag's: no table at all, or only the
  /// migrations' own bookkeeping table with no migration recorded in it. That is a database whose
  /// first setup was cut short before its schema was written; the next open sets it up.
  public static func isBlank(path: String) -> Bool {
    peek(path) { db in
      let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master")
      let bookkeeping: Set = ["grdb_migrations", "sqlite_autoindex_grdb_migrations_1"]
      guard names.allSatisfy(bookkeeping.contains) else { return false }
      return try names.isEmpty || Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") == 0
    } ?? false
  }

  /// The store of a batch: the same database, through the batch's write connection.
  private init(batching store: Store, _ connection: BatchConnection) {
    path = store.path
    engine = store.engine
    warnings = store.warnings
    isReadOnly = store.isReadOnly
    login = store.login
    hadAgencies = nil
    themes = store.themes
    referenceMatchers = store.referenceMatchers
    batchConnection = connection
  }

  /// Runs `body` with a store whose user actions all go into one transaction: each action is
  /// still its own savepoint with its own change records, actor and time (the same records as
  /// one transaction each), and they are committed together, or not at all. For writing many
  /// actions at once (the demo); the store given to `body` must not be kept after it returns.
  /// On SQLite the batch's pages are kept in memory until its commit (`keepingPagesInMemory`).
  func batch<T>(_ body: (Store) throws -> T) throws -> T {
    try translatingErrors {
      switch engine {
      case .sqlite(let queue):
        return try queue.writeWithoutTransaction { db in
          try Self.keepingPagesInMemory(db) {
            var result: T?
            try db.inTransaction(.immediate) {
              result = try body(Store(batching: self, .sqlite(db)))
              return .commit
            }
            guard let result else { throw StoreError.other(path, "the batch ended without a result") }
            return result
          }
        }
      case .postgres(let server):
        return try server.write { try body(Store(batching: self, .postgres($0))) }
      }
    }
  }

  /// Whether `path` is a cfag database with every migration of this cfag applied and its first-use
  /// setup done (the agency list seeded), so it can be opened read-only. A file whose setup was cut
  /// short (the process killed between creating the schema and seeding it) is not: the next command
  /// opens it for writing and finishes the setup. Opening it to ask writes nothing.
  public static func isUpToDate(path: String) -> Bool {
    peek(path) { db in
      try Schema.migrator.hasCompletedMigrations(db)
        && (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agency)") ?? false)
    } ?? false
  }

  /// Reads an existing regular file read-only, writing nothing; nil when it cannot be read.
  private static func peek<T>(_ path: String, _ body: (Database) throws -> T) -> T? {
    guard (try? StoreLocation.requireRegularFile(path)) != nil else { return nil }
    var configuration = Configuration()
    configuration.readonly = true
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
    defer { try? queue.close() }
    return try? queue.read(body)
  }

  /// Runs one user action in a write transaction (SQLite's immediate one; PostgreSQL's, holding
  /// the chain lock). Either all of it is stored, with its change records, or none of it. With a
  /// `basis`, a change to a field someone else changed after that log position is refused as a
  /// conflict.
  @discardableResult
  public func perform<T>(
    as actor: String, at timestamp: String, basis: LogSequence? = nil, large: Bool = false,
    _ body: (LoggedTransaction) throws -> T
  ) throws -> Saved<T> {
    try writing(large: large) { connection in
      let transaction = try LoggedTransaction(
        db: connection, actor: actor, at: timestamp, basis: basis, themes: themes,
        referenceMatchers: referenceMatchers)
      let value = try body(transaction)
      try transaction.refreshCaseFigures()
      return Saved(value, warnings: transaction.warnings, head: transaction.head)
    }
  }

  /// Runs `body` in one write transaction, or in a savepoint of the batch's. A `large` one (an
  /// import of thousands of rows) keeps its pages in memory until its commit, as a batch does.
  private func writing<T>(large: Bool = false, _ body: (any StoreConnection) throws -> T) throws -> T {
    try translatingErrors {
      switch (batchConnection, engine) {
      case (.sqlite(let db)?, _):
        return try inSQLiteTransaction(db, savepoint: true, body)
      case (.postgres(let connection)?, _):
        try connection.execute("SAVEPOINT cfag_action")
        do {
          let result = try body(connection)
          try connection.execute("RELEASE SAVEPOINT cfag_action")
          return result
        } catch {
          _ = try? connection.execute("ROLLBACK TO SAVEPOINT cfag_action")
          throw error
        }
      case (nil, .sqlite(let queue)):
        return try queue.writeWithoutTransaction { db in
          guard large else { return try inSQLiteTransaction(db, savepoint: false, body) }
          return try Self.keepingPagesInMemory(db) { try inSQLiteTransaction(db, savepoint: false, body) }
        }
      case (nil, .postgres(let server)):
        return try server.write(body)
      }
    }
  }

  /// Runs `body` in a savepoint, or in a transaction: immediate (taking the write lock first) to
  /// write, deferred to read.
  private func inSQLiteTransaction<T>(
    _ db: Database, savepoint: Bool, reading: Bool = false, _ body: (any StoreConnection) throws -> T
  ) throws -> T {
    var result: T?
    func run() throws -> Database.TransactionCompletion {
      result = try body(SQLiteConnection(db))
      return .commit
    }
    if savepoint {
      try db.inSavepoint(run)
    } else {
      try db.inTransaction(reading ? .deferred : .immediate, run)
    }
    guard let result else { throw StoreError.other(path, "the transaction ended without a result") }
    return result
  }

  /// The change log's head: the sequence number of the last saved change. A view loaded after
  /// reading it shows at least everything up to it.
  public func head() throws -> LogSequence {
    try readOne(Self.head)
  }

  static func head(_ db: any StoreConnection) throws -> LogSequence { try db.fetch(headQuery) }

  /// The change log's head: the sequence number of its last record, 0 when it is empty.
  static let headQuery = StoreQuery("SELECT COALESCE(MAX(seq), 0) FROM change_log") { rows in
    LogSequence(rows.first?[0] as Int? ?? 0)
  }

  /// The page cache a long session keeps, in KiB: the screens hold the connection open for hours
  /// and read a little at a time, and a page read again comes from the operating system's own
  /// cache of the file. SQLite's default is 2,000 KiB; a large transaction still raises it for
  /// its own length (`keepingPagesInMemory`).
  public static let sessionCacheKiB = 256

  /// Keeps the SQLite connection's page cache to `sessionCacheKiB` (the screens call this once).
  /// A PostgreSQL store keeps no pages of its own, and the store of a batch leaves its large
  /// transaction's cache as it is (its connection is in that transaction).
  public func keepSessionCache() throws {
    guard batchConnection == nil, case .sqlite(let queue) = engine else { return }
    try translatingErrors {
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA cache_size = -\(Self.sessionCacheKiB)")
      }
    }
  }

  /// Copies every committed change from the `-wal` file into the database and empties it. Returns
  /// false if another connection still reads an older snapshot, so the `-wal` file could not be
  /// emptied.
  public func checkpoint() throws -> Bool {
    guard case .sqlite(let queue) = engine else { return true }
    do {
      return try queue.writeWithoutTransaction { db in
        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        return (row?[0] as Int?) == 0
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      return false
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    }
  }

  /// Reads a consistent snapshot. On SQLite, in a deferred transaction of its own rather than
  /// through GRDB's `read`, whose switching of `query_only` on and off expires every prepared
  /// statement of the connection, so each read compiled its statements again.
  func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
    try translatingErrors {
      switch (batchConnection, engine) {
      case (.sqlite(let db)?, _): return try body(SQLiteConnection(db))
      case (.postgres(let connection)?, _): return try body(connection)
      case (nil, .sqlite(let queue)):
        return try queue.writeWithoutTransaction { db in
          try inSQLiteTransaction(db, savepoint: false, reading: true, body)
        }
      case (nil, .postgres(let server)): return try server.read(body)
      }
    }
  }

  /// Runs `body`, which reads with one statement: as `read`, but on PostgreSQL outside a
  /// transaction block (one statement sees one snapshot), two round trips to the server fewer.
  func readOne<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
    guard batchConnection == nil, case .postgres(let server) = engine else { return try read(body) }
    return try translatingErrors { try server.readOne(body) }
  }

  /// The values of several queries, read in one snapshot: on PostgreSQL all of them sent in one
  /// round trip to the server (with the transaction's beginning and end), so a new session's
  /// first reads wait on the server once, not once per statement.
  func readTogether<each Value>(_ queries: repeat StoreQuery<each Value>) throws -> (repeat each Value) {
    guard batchConnection == nil, case .postgres(let server) = engine else {
      return try read { db in (repeat try db.fetch(each queries)) }
    }
    var statements: [SQLStatement] = []
    for query in repeat each queries { statements.append(query.statement) }
    var results = try translatingErrors { try server.readTogether(statements) }.makeIterator()
    func decoded<V>(_ query: StoreQuery<V>) throws -> V { try query.decode(results.next() ?? []) }
    return (repeat try decoded(each queries))
  }

  /// The SQLite file's connection; a PostgreSQL store refuses what only a file can do.
  func sqliteQueue(for task: String) throws -> DatabaseQueue {
    guard case .sqlite(let queue) = engine else {
      throw StoreError.other(
        path,
        "\(task) works on an SQLite file; a PostgreSQL database is backed up with pg_dump and restored with "
          + "pg_restore")
    }
    return queue
  }

  /// Runs `body`, putting the database's own errors in words people can act on.
  private func translatingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    } catch let error as PGError {
      throw StoreError(error, path: path)
    }
  }

  /// Writes a consistent copy of the database to `destination` (0600), while others may be using it.
  /// The copy is made in a new private file beside `destination` and renamed into place when
  /// complete (see `PrivateFile`); an existing file is never replaced.
  public func backup(to destination: String) throws {
    let oldMask = umask(0o077)
    defer { umask(oldMask) }
    let queue = try sqliteQueue(for: "a backup")
    var status = stat()
    if lstat(destination, &status) == 0 { throw StoreError.exists(destination) }
    do {
      try PrivateFile.write(to: destination) { temporary, _ in
        let target = try DatabaseQueue(path: temporary)
        try queue.backup(to: target)
        // One self-contained file: the copy takes the source's WAL mode, so turn it back.
        try target.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        try target.close()
      }
    } catch let error as PrivateFileError {
      throw StoreError.other(destination, error.problem)
    }
  }
}

/// The write connection of a batch, shared by the batch's store only while the batch runs.
private enum BatchConnection: @unchecked Sendable {
  case sqlite(Database)
  case postgres(PostgresConnection)
}

/// A storage failure, in words people can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
  case missing(String)
  case exists(String)
  case busy(String)
  case full(String)
  case readOnly(String)
  case corrupt(String, String)
  /// A PostgreSQL database lacking some of this cfag's migrations.
  case needsMigration(String, missing: [String])
  /// A PostgreSQL URI holding a password (never printed).
  case passwordInURI
  /// The database refused the login what it asked (PostgreSQL's privileges and row policies).
  case denied(String, String)
  case other(String, String)

  init(_ error: DatabaseError, path: String) {
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path)
    case .SQLITE_FULL: self = .full(path)
    case .SQLITE_READONLY: self = .readOnly(path)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt(path, error.message ?? "")
    default: self = .other(path, error.message ?? "\(error)")
    }
  }

  public var description: String {
    switch self {
    case .missing(let path): "no database at \(path)"
    case .exists(let path): "\(path) already exists; choose another file"
    case .busy(let path):
      "the database \(path) is busy: another cfag is writing to it; try again in a moment (nothing was changed)"
    case .full(let path): "the disk holding \(path) is full; nothing was changed"
    case .readOnly(let path): "the database \(path) is read-only; nothing was changed"
    case .corrupt(let path, let message): "\(path) is not a usable cfag database (\(message))"
    case .needsMigration(let path, let missing):
      "the database \(path) needs migrating to this cfag's schema (\(missing.count) migration"
        + "\(missing.count == 1 ? "" : "s") to apply: \(missing.joined(separator: ", "))); nothing was changed"
    case .passwordInURI:
      "the PostgreSQL URI holds a password: keep it in ~/.pgpass or the PGPASSWORD variable, never on a "
        + "command line; nothing was done"
    case .denied(_, let message):
      "the database refused this login: its role does not allow it (\(message)); nothing was changed"
    case .other(let path, let message): "database \(path): \(message)"
    }
  }
}

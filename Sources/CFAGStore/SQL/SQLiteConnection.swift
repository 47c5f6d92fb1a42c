import GRDB
import GRDBSQLite

/// A `StoreConnection` on the SQLite database GRDB opened: GRDB's cached statements, bound and
/// stepped through SQLite's C API straight into `SQLRow`s (no `Row`, no `StatementArguments`), and
/// for a bulk write, stepped without GRDB's per-run bookkeeping (`SQLiteBulkWrite`).
/// Errors are GRDB's `DatabaseError`s, which `StoreError` puts in words.
final class SQLiteConnection: StoreConnection {
  let db: Database
  var dialect: SQLDialect { .sqlite }

  init(_ db: Database) { self.db = db }

  @discardableResult
  func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
    if arguments.values.isEmpty {
      try db.execute(sql: sql)
    } else {
      let statement = try db.cachedStatement(sql: sql)
      // Run through GRDB, so its transaction bookkeeping sees the write: told first that the
      // arguments are bound (which clears the bindings), then bound here.
      statement.setUncheckedArguments(StatementArguments())
      try bind(arguments, to: statement)
      defer { sqlite3_clear_bindings(statement.sqliteStatement) }
      try statement.execute()
    }
    return db.changesCount
  }

  func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
    let statement = try db.cachedStatement(sql: sql)
    let handle = statement.sqliteStatement
    try bind(arguments, to: statement)
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    let count = sqlite3_column_count(handle)
    // GRDB keeps a cached statement's names, read once; a statement SQLite prepared again with
    // other columns (a `*` after a schema change) has its names read afresh.
    let names =
      statement.columnNames.count == Int(count)
      ? statement.columnNames : (0..<count).map { String(cString: sqlite3_column_name(handle, $0)) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else { throw error(code, statement) }
      try body(SQLRow(columnNames: names, values: (0..<count).map { Self.value(handle, $0) }))
    }
  }

  func bulk(_ sql: String) throws -> BulkStatement {
    BulkStatement(SQLiteBulkWrite(statement: try db.cachedStatement(sql: sql)))
  }

  func columnNames(of table: String) throws -> [String] {
    try rows("SELECT name FROM pragma_table_info(?) ORDER BY cid", [table]).map { $0["name"] }
  }

  private func bind(_ arguments: SQLArguments, to statement: Statement) throws {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (offset, value) in arguments.values.enumerated() {
      let index = Int32(offset + 1)
      let code =
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let integer): sqlite3_bind_int64(handle, index, integer)
        case .real(let real): sqlite3_bind_double(handle, index, real)
        case .text(let text): Self.bind(text, handle, index)
        case .blob(let bytes):
          bytes.withUnsafeBytes {
            sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
          }
        }
      guard code == SQLITE_OK else { throw error(code, statement) }
    }
  }

  /// Binds a text by its bytes and length, so a NUL inside it is kept (an empty text binds an
  /// empty text, never NULL).
  private static func bind(_ text: String, _ handle: OpaquePointer?, _ index: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, bytes.count > 0 else {
        return sqlite3_bind_text(handle, index, "", 0, transient)
      }
      return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient)
      }
    }
  }

  private func error(_ code: Int32, _ statement: Statement) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
      sql: statement.sql)
  }

  private static func value(_ handle: OpaquePointer?, _ column: Int32) -> SQLValue {
    switch sqlite3_column_type(handle, column) {
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
    case SQLITE_TEXT:
      guard let text = sqlite3_column_text(handle, column) else { return .text("") }
      let count = Int(sqlite3_column_bytes(handle, column))
      return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
    case SQLITE_BLOB:
      let count = Int(sqlite3_column_bytes(handle, column))
      guard let bytes = sqlite3_column_blob(handle, column), count > 0 else { return .blob([]) }
      return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
    default: return .null
    }
  }

  /// SQLite copies the bound value before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A bulk write on SQLite: GRDB's cached statement (prepared once per connection), each row's texts
/// bound in place (SQLite reads them while the row is stepped) and stepped straight through
/// SQLite's C API, in the transaction GRDB opened. GRDB's per-run bookkeeping (watched regions,
/// observers, autocommit changes) is for statements people run one by one; a row of a 100,000-row
/// import is an insert or update inside an open transaction and needs none of it.
private struct SQLiteBulkWrite: BulkWrite {
  let statement: Statement

  func run(_ values: ArraySlice<BulkValue>, in bytes: UnsafeBufferPointer<UInt8>) throws {
    let handle = statement.sqliteStatement
    // Reset first (GRDB leaves a statement it ran as it finished; a failed run's error was reported
    // then), and its texts unbound after the run, before the buffer changes.
    sqlite3_reset(handle)
    defer { sqlite3_clear_bindings(handle) }
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code =
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let integer): sqlite3_bind_int64(handle, index, integer)
        case .text(let range):
          // SQLITE_STATIC (no destructor): SQLite reads the bytes in place while the row is stepped.
          (bytes.baseAddress! + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count + 1)
          {
            sqlite3_bind_text(handle, index, $0, Int32(range.count), nil)
          }
        }
      guard code == SQLITE_OK else { throw error(code) }
    }
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else { throw error(code) }
  }

  private func error(_ code: Int32) -> DatabaseError {
    let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement)))
    return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
  }
}

import GRDB
import GRDBSQLite

/// A prepared statement run once per row of a bulk write (a candidate import's 100,000 rows, an
/// action's change records), its text values written end to end into one reusable buffer and
/// bound through SQLite's C API without a copy: no GRDB `StatementArguments`, no existential
/// casts, no C string and no allocation per value. Run through GRDB's `execute()`, so errors and
/// transaction hooks are GRDB's as usual. The statement may be a cached one: every run binds all
/// its values and clears them afterwards.
struct BulkStatement {
  private let statement: Statement
  /// The row's texts, each followed by a NUL byte (so an empty text still has an address).
  private var bytes: [UInt8] = []
  /// The row's values in order.
  private var values: [Value] = []

  private enum Value {
    case null
    case integer(Int64)
    /// Where the text is in `bytes`.
    case text(Range<Int>)
  }

  init(_ statement: Statement) {
    self.statement = statement
  }

  /// Appends the next value of the row; nil is NULL.
  mutating func append(_ text: String?) {
    guard let text else { return values.append(.null) }
    let start = bytes.count
    put(text)
    values.append(.text(start..<bytes.count))
    bytes.append(0)
  }

  /// Appends the next value of the row, an integer.
  mutating func append(_ integer: Int) {
    values.append(.integer(Int64(integer)))
  }

  /// Appends `parts` joined by `separator` as one value.
  mutating func append(_ parts: [String], separator: String) {
    let start = bytes.count
    for (index, part) in parts.enumerated() {
      if index > 0 { put(separator) }
      put(part)
    }
    values.append(.text(start..<bytes.count))
    bytes.append(0)
  }

  /// Copies a text's bytes in one go (appending a `String.UTF8View` goes byte by byte).
  private mutating func put(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// Whether the values appended since the last run are `texts`, in order (nil is NULL).
  func holds(_ texts: [String?]) -> Bool {
    texts.count == values.count
      && zip(texts, values).allSatisfy { text, value in
        switch (text, value) {
        case (nil, .null): true
        case (let text?, .text(let range)): bytes[range].elementsEqual(text.utf8)
        default: false
        }
      }
  }

  /// Drops the values appended since the last run: the next row starts.
  mutating func discard() {
    bytes.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  /// Runs the statement with the values appended since the last run, then starts the next row.
  mutating func execute() throws {
    defer { discard() }
    let handle = statement.sqliteStatement
    // Resets the statement (a failed run's error is GRDB's to report, and was) and clears its
    // bindings, and tells GRDB the arguments are bound: `execute()` runs with the values below.
    sqlite3_reset(handle)
    statement.setUncheckedArguments(StatementArguments())
    defer { sqlite3_clear_bindings(handle) }
    try bytes.withUnsafeBufferPointer { buffer in
      for (offset, value) in values.enumerated() {
        let index = Int32(offset + 1)
        let code =
          switch value {
          case .null: sqlite3_bind_null(handle, index)
          case .integer(let integer): sqlite3_bind_int64(handle, index, integer)
          case .text(let range):
            // SQLITE_STATIC (no destructor): SQLite reads the bytes in place while the row is stepped.
            (buffer.baseAddress! + range.lowerBound).withMemoryRebound(
              to: CChar.self, capacity: range.count + 1
            ) {
              sqlite3_bind_text(handle, index, $0, Int32(range.count), nil)
            }
          }
        guard code == SQLITE_OK else {
          throw DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
        }
      }
      try statement.execute()
    }
  }
}

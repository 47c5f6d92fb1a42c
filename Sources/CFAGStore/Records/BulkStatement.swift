import GRDB
import GRDBSQLite

/// A prepared statement run once per row of a bulk write (a candidate import's 100,000 rows), its
/// text values written end to end into one reusable buffer and bound through SQLite's C API
/// without a copy: no GRDB `StatementArguments`, no C string and no allocation per value. Run
/// through GRDB's `execute()`, so errors and transaction hooks are GRDB's as usual.
struct BulkStatement {
  private let statement: Statement
  private let db: Database
  /// The row's values, each followed by a NUL byte (so an empty text still has an address).
  private var bytes: [UInt8] = []
  /// Where each value of the row is in `bytes`; nil for NULL.
  private var values: [Range<Int>?] = []

  init(_ db: Database, sql: String) throws {
    self.db = db
    statement = try db.makeStatement(sql: sql)
    // Tells GRDB the arguments are bound: `execute()` then runs with the values bound below.
    statement.setUncheckedArguments(StatementArguments())
  }

  /// Appends the next value of the row; nil is NULL.
  mutating func append(_ text: String?) {
    guard let text else { return values.append(nil) }
    let start = bytes.count
    put(text)
    values.append(start..<bytes.count)
    bytes.append(0)
  }

  /// Copies a text's bytes in one go (appending a `String.UTF8View` goes byte by byte).
  private mutating func put(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// Appends `parts` joined by `separator` as one value.
  mutating func append(_ parts: [String], separator: String) {
    let start = bytes.count
    for (index, part) in parts.enumerated() {
      if index > 0 { put(separator) }
      put(part)
    }
    values.append(start..<bytes.count)
    bytes.append(0)
  }

  /// Whether the values appended since the last run are `texts`, in order (nil is NULL).
  func holds(_ texts: [String?]) -> Bool {
    texts.count == values.count
      && zip(texts, values).allSatisfy { text, value in
        switch (text, value) {
        case (nil, nil): true
        case (let text?, let value?): bytes[value].elementsEqual(text.utf8)
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
    try bytes.withUnsafeBufferPointer { buffer in
      let handle = statement.sqliteStatement
      sqlite3_reset(handle)
      for (offset, value) in values.enumerated() {
        let index = Int32(offset + 1)
        // SQLITE_STATIC (no destructor): SQLite reads the bytes in place while the row is stepped.
        let code =
          if let value, let base = buffer.baseAddress {
            (base + value.lowerBound).withMemoryRebound(to: CChar.self, capacity: value.count + 1) {
              sqlite3_bind_text(handle, index, $0, Int32(value.count), nil)
            }
          } else {
            sqlite3_bind_null(handle, index)
          }
        guard code == SQLITE_OK else {
          throw DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
        }
      }
      try statement.execute()
    }
  }
}

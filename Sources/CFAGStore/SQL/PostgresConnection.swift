import PostgresClient

/// A `StoreConnection` on a PostgreSQL server: the store's `?` placeholders numbered as
/// PostgreSQL's `$1`, a statement run more than once prepared once per connection and run by name, and
/// each value read back as SQLite would give it (a boolean as 0 or 1, a count as an integer).
final class PostgresConnection: StoreConnection {
  let connection: PGConnection
  var dialect: SQLDialect { .postgres }
  /// The name each statement was prepared under, by its SQL.
  private var prepared: [String: String] = [:]
  /// The statements run once, unnamed, and not yet prepared.
  private var ranOnce: Set<String> = []
  /// How many names statements have been prepared under (a failed pipeline's too, never reused).
  private var names = 0

  init(_ connection: PGConnection) { self.connection = connection }

  @discardableResult
  func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
    if arguments.values.isEmpty && sql.contains(";") {
      try connection.executeScript(sql)
      return 0
    }
    return try run(sql, arguments.values.map(Self.parameter)).affectedRows ?? 0
  }

  func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
    try Self.forEachRow(of: try run(sql, arguments.values.map(Self.parameter)), body)
  }

  /// Each statement's rows, all the statements sent to the server before any result is read: one
  /// round trip (`PGConnection.executeTogether`, which does `waiting` while the server runs them).
  /// Each is run in the steps `run` would take.
  func rowsTogether(_ statements: [SQLStatement], waiting: PGWaitingWork? = nil) throws -> [[SQLRow]] {
    var pipelined: [(sql: String, step: PGConnection.PipelinedStatement)] = []
    var runs: [Int] = []  // the index in `pipelined` of each statement's run
    for statement in statements {
      let steps = steps(statement.sql, statement.arguments.values.map(Self.parameter))
      pipelined += steps.map { (statement.sql, $0) }
      runs.append(pipelined.count - 1)
    }
    let results = try connection.executeTogether(pipelined.map(\.step), waiting: waiting)
    // Recorded only now, all of them run: a failed pipeline may have skipped a preparation.
    for (sql, step) in pipelined { record(step, of: sql) }
    return try runs.map { index in
      var rows: [SQLRow] = []
      try Self.forEachRow(of: results[index]) { rows.append($0) }
      return rows
    }
  }

  private static func forEachRow(of result: PGResult, _ body: (SQLRow) throws -> Void) rethrows {
    let names = (0..<result.columnCount).map(result.columnName)
    let types = (0..<result.columnCount).map(result.columnTypeOID)
    for row in 0..<result.rowCount {
      try body(
        SQLRow(
          columnNames: names,
          values: types.enumerated().map { column, type in Self.value(result, row, column, type) }))
    }
  }

  func bulk(_ sql: String) throws -> BulkStatement {
    BulkStatement(PostgresBulkWrite(connection: self, sql: sql))
  }

  /// What `information_schema.columns` gives for the table in the current schema (the same
  /// conditions), read from the catalogue directly: a new connection plans that view in about
  /// 5 ms, which every start paid.
  func columnNames(of table: String) throws -> [String] {
    try rows(
      """
      SELECT a.attname::text AS column_name FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname = ? AND c.relkind IN ('r', 'v', 'f', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        AND (pg_has_role(c.relowner, 'USAGE') OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
      ORDER BY a.attnum
      """, [table]
    ).map { $0["column_name"] }
  }

  /// Runs a statement, in the steps `steps` gives, one round trip each.
  func run(_ sql: String, _ parameters: [PGValue]) throws -> PGResult {
    var result: PGResult?
    for step in steps(sql, parameters) {
      result = try connection.execute(step)
      record(step, of: sql)
    }
    guard let result else { preconditionFailure("a statement is run in at least one step") }
    return result
  }

  /// How this connection runs a statement, the last step running it: the first time it sees its
  /// SQL, unnamed (parsed, planned and run in one round trip to the server); the second, prepared
  /// under a name and run by it; from then on, by that name. Most of a start's statements run once;
  /// an import's run thousands of times, each planned once.
  private func steps(_ sql: String, _ parameters: [PGValue]) -> [PGConnection.PipelinedStatement] {
    if let name = prepared[sql] { return [.prepared(name: name, parameters)] }
    guard ranOnce.contains(sql) else { return [.unnamed(Self.numbered(sql), parameters)] }
    let name = nextName()
    return [.prepare(name: name, sql: Self.numbered(sql)), .prepared(name: name, parameters)]
  }

  /// Remembers what a step that ran did for `sql`: seen once, or prepared under a name.
  private func record(_ step: PGConnection.PipelinedStatement, of sql: String) {
    switch step {
    case .unnamed: ranOnce.insert(sql)
    case .prepare(let name, _): prepared[sql] = name
    case .prepared: break
    }
  }

  private func nextName() -> String {
    names += 1
    return "s\(names)"
  }

  /// The statement with each `?` (or `?N`) outside quotes written as `$N`. Read byte by byte: the
  /// quotes, `?` and digits are ASCII, which is never part of another character in UTF-8 (walking
  /// the start's long statements character by character took a third of a millisecond).
  static func numbered(_ sql: String) -> String {
    let bytes = Array(sql.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 8)
    var next = 1
    var quote: UInt8?
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if let open = quote {
        output.append(byte)
        if byte == open { quote = nil }
        continue
      }
      switch byte {
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        quote = byte
        output.append(byte)
      case UInt8(ascii: "?"):
        output.append(UInt8(ascii: "$"))
        let digits = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
        }
        if index == digits {
          output.append(contentsOf: String(next).utf8)
          next += 1
        } else {
          output.append(contentsOf: bytes[digits..<index])
        }
      default: output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func parameter(_ value: SQLValue) -> PGValue {
    switch value {
    case .null: .null
    case .integer(let integer): .integer(integer)
    case .real(let real): .real(real)
    case .text(let text): .text(text)
    case .blob(let bytes): .bytes(bytes)
    }
  }

  private static func value(_ result: PGResult, _ row: Int, _ column: Int, _ type: UInt32) -> SQLValue {
    if result.isNull(row: row, column: column) { return .null }
    switch type {
    case PGType.boolean: return .integer(result.boolean(row: row, column: column) == true ? 1 : 0)
    case PGType.int8, PGType.int4, 21, 26:
      return result.integer(row: row, column: column).map(SQLValue.integer) ?? .null
    case PGType.float8, 700: return result.real(row: row, column: column).map(SQLValue.real) ?? .null
    case 1700:
      // numeric: what SUM of integers gives.
      let text = result.string(row: row, column: column) ?? ""
      if let integer = Int64(text) { return .integer(integer) }
      return Double(text).map(SQLValue.real) ?? .text(text)
    case PGType.bytea: return .blob(result.bytes(row: row, column: column) ?? [])
    default: return .text(result.string(row: row, column: column) ?? "")
    }
  }
}

/// A bulk write on PostgreSQL: the row's values handed to the prepared statement.
private struct PostgresBulkWrite: BulkWrite {
  let connection: PostgresConnection
  let sql: String

  func run(_ values: ArraySlice<BulkValue>, in bytes: UnsafeBufferPointer<UInt8>) throws {
    let parameters = values.map { value -> PGValue in
      switch value {
      case .null: .null
      case .integer(let integer): .integer(integer)
      case .text(let range):
        .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
      }
    }
    _ = try connection.run(sql, parameters)
  }
}

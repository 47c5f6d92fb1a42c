/// One connection to the store's database, inside a read or a write transaction: the only way the
/// records, the operations and `verify` reach the data, whichever database holds it. Statements
/// take `?` placeholders; each connection keeps the statements it has prepared and reuses them.
protocol StoreConnection: AnyObject {
  /// Which SQL the database speaks where the two differ.
  var dialect: SQLDialect { get }

  /// Runs a statement, or several separated by `;` when there are no arguments; returns how many
  /// rows the last one changed.
  @discardableResult
  func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int

  /// Calls `body` with each row of a query in turn, holding one row at a time.
  func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws

  /// A prepared statement for writing many rows, one run each (see `BulkStatement`).
  func bulk(_ sql: String) throws -> BulkStatement

  /// The stored columns of a table, in their order (not those the database derives, such as
  /// PostgreSQL's generated theme title); empty when there is no such table.
  func columnNames(of table: String) throws -> [String]
}

extension StoreConnection {
  /// Whether the database has a table of this name.
  func tableExists(_ table: String) throws -> Bool { try !columnNames(of: table).isEmpty }
}

extension StoreConnection {
  @discardableResult
  func execute(_ sql: String) throws -> Int { try execute(sql, []) }

  /// Every row of a query.
  func rows(_ sql: String, _ arguments: SQLArguments = []) throws -> [SQLRow] {
    var rows: [SQLRow] = []
    try forEachRow(sql, arguments) { rows.append($0) }
    return rows
  }

  /// The first row of a query, if any.
  func row(_ sql: String, _ arguments: SQLArguments = []) throws -> SQLRow? {
    try rows(sql, arguments).first
  }

  /// The first column of every row; a NULL or a value of another type is an error.
  func values<T: SQLValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: SQLArguments = []) throws
    -> [T]
  {
    var values: [T] = []
    try forEachRow(sql, arguments) { row in values.append(try Self.first(row, sql)) }
    return values
  }

  /// The first column of the first row; nil when there is no row or the value is NULL.
  func value<T: SQLValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: SQLArguments = []) throws
    -> T?
  {
    guard let row = try row(sql, arguments), let first = row.values.first, !first.isNull else { return nil }
    return try Self.first(row, sql)
  }

  private static func first<T: SQLValueConvertible>(_ row: SQLRow, _ sql: String) throws -> T {
    let value = row.values.first ?? .null
    guard let converted = T.fromSQLValue(value) else {
      throw SQLReadError(sql: sql, problem: "gave \(value) where a \(T.self) was expected")
    }
    return converted
  }
}

/// A query that gave something its caller cannot read: a bug or a damaged database, never a
/// person's mistake.
struct SQLReadError: Error, CustomStringConvertible {
  let sql: String
  let problem: String

  var description: String { "the query \(sql.prefix(80)) \(problem)" }
}

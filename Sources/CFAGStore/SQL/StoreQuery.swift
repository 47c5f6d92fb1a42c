/// One statement and its arguments.
struct SQLStatement: Sendable, Equatable {
  let sql: String
  let arguments: SQLArguments

  init(_ sql: String, _ arguments: SQLArguments = []) {
    self.sql = sql
    self.arguments = arguments
  }
}

/// A read of one statement and how its rows become a value: a read that `Store.readTogether` can
/// send to a server with others, all in one round trip.
struct StoreQuery<Value>: Sendable {
  let statement: SQLStatement
  let decode: @Sendable ([SQLRow]) throws -> Value

  init(_ sql: String, _ arguments: SQLArguments = [], decode: @escaping @Sendable ([SQLRow]) throws -> Value)
  {
    statement = SQLStatement(sql, arguments)
    self.decode = decode
  }
}

extension StoreConnection {
  /// The value of one query.
  func fetch<Value>(_ query: StoreQuery<Value>) throws -> Value {
    try query.decode(rows(query.statement.sql, query.statement.arguments))
  }
}

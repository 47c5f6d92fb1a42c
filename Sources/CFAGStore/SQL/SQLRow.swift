/// One row read from the store: its column names, shared by every row of the same query, and its
/// values in the same order.
public struct SQLRow: Sendable {
  public let columnNames: [String]
  public let values: [SQLValue]

  public init(columnNames: [String], values: [SQLValue]) {
    self.columnNames = columnNames
    self.values = values
  }

  public var count: Int { values.count }

  /// Where the column is, its name compared without case as SQL compares it; the exact spelling,
  /// as the queries and the schema write it, is tried first, each name's length before its bytes
  /// (a read of a row looks up each of its columns: most names differ in length).
  public func index(of column: String) -> Int? {
    let length = column.utf8.count
    if let exact = columnNames.firstIndex(where: { $0.utf8.count == length && $0 == column }) { return exact }
    let lowercased = column.lowercased()
    return columnNames.firstIndex { $0.lowercased() == lowercased }
  }

  /// The stored value of a column; NULL when the row has no such column.
  public func value(_ column: String) -> SQLValue {
    index(of: column).map { values[$0] } ?? .null
  }

  /// A column's value or nil when it is NULL. Stops the program when the row has no such column
  /// or the value is of another type: a query asking for what it did not select is a bug. Stored
  /// data read for people goes through `RowReader`, whose errors name the table, row and column.
  public subscript<T: SQLValueConvertible>(_ column: String) -> T? {
    guard let index = index(of: column) else { preconditionFailure("no column \(column) in the row") }
    return Self.convert(values[index], column)
  }

  /// A column's value, which must not be NULL (a count, a key).
  public subscript<T: SQLValueConvertible>(_ column: String) -> T {
    guard let value: T = self[column] else { preconditionFailure("column \(column) is NULL") }
    return value
  }

  /// The value at a position, or nil when it is NULL.
  public subscript<T: SQLValueConvertible>(_ position: Int) -> T? {
    Self.convert(values[position], "#\(position)")
  }

  /// The value at a position, which must not be NULL.
  public subscript<T: SQLValueConvertible>(_ position: Int) -> T {
    guard let value: T = self[position] else { preconditionFailure("column #\(position) is NULL") }
    return value
  }

  /// A column's stored value, NULL included; NULL when the row has no such column.
  public subscript(_ column: String) -> SQLValue { value(column) }

  /// The stored value at a position, NULL included.
  public subscript(_ position: Int) -> SQLValue { values[position] }

  private static func convert<T: SQLValueConvertible>(_ value: SQLValue, _ column: String) -> T? {
    if value.isNull { return nil }
    guard let converted = T.fromSQLValue(value) else {
      preconditionFailure("column \(column) holds \(value), not a \(T.self)")
    }
    return converted
  }
}

extension SQLRow: CustomStringConvertible {
  /// The row as `[name:value ...]`, texts quoted: for dumps and test failures.
  public var description: String {
    "[" + zip(columnNames, values).map { "\($0):\($1)" }.joined(separator: " ") + "]"
  }
}

import CFAGDomain
import Foundation

/// One stored row's columns, read with errors that name the table, the row and the column
/// instead of stopping the program on a missing or malformed value.
struct RowReader {
  let row: SQLRow
  let table: any StoredTable.Type
  /// The primary key column, whose value names the row in errors.
  let key: String

  /// `key` is the primary key column, whose value names the row in errors.
  init(_ row: SQLRow, table: any StoredTable.Type, key: String = "id") {
    self.row = row
    self.table = table
    self.key = key
  }

  /// A value that must be present.
  func value<T: SQLValueConvertible>(_ column: String) throws -> T {
    guard let value: T = try optional(column) else { throw error(column, "is empty") }
    return value
  }

  /// A value or NULL.
  func optional<T: SQLValueConvertible>(_ column: String) throws -> T? {
    guard let position = row.index(of: column) else { throw error(column, "is not in the row") }
    let stored = row.values[position]
    if stored.isNull { return nil }
    guard let value = T.fromSQLValue(stored) else {
      throw error(column, "holds \(stored), which is not a \(T.self)")
    }
    return value
  }

  func day(_ column: String) throws -> Day {
    guard let day = try optionalDay(column) else { throw error(column, "is empty") }
    return day
  }

  func optionalDay(_ column: String) throws -> Day? {
    try optional(column).map { (text: String) in try convert(column) { try StoredFormat.day(text) } }
  }

  /// A value stored as its raw text, such as a grade.
  func raw<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T where T.RawValue == String {
    guard let value = try optionalRaw(type, column) else { throw error(column, "is empty") }
    return value
  }

  func optionalRaw<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T?
  where T.RawValue == String {
    try optional(column).map { (text: String) in try convert(column) { try StoredFormat.raw(type, text) } }
  }

  /// A JSON column that must be present.
  func json<T: JSONColumnValue>(_ type: T.Type, _ column: String) throws -> T {
    guard let value = try optionalJSON(type, column) else { throw error(column, "is empty") }
    return value
  }

  /// A JSON column, or nil when NULL.
  func optionalJSON<T: JSONColumnValue>(_ type: T.Type, _ column: String) throws -> T? {
    let text: String? = try optional(column)
    return try convert(column) { try JSONColumn.decode(type, text) }
  }

  /// A JSON column that must be present, decoded once per distinct text across the rows read
  /// with the same `cache` (audits of one theme version keep identical copies of it).
  func json<T: JSONColumnValue>(_ type: T.Type, _ column: String, cache: JSONColumnCache<T>) throws -> T {
    guard let value = try optionalJSON(type, column, cache: cache) else { throw error(column, "is empty") }
    return value
  }

  /// A JSON column, or nil when NULL, decoded once per distinct text across the rows read with the
  /// same `cache`.
  func optionalJSON<T: JSONColumnValue>(_ type: T.Type, _ column: String, cache: JSONColumnCache<T>) throws
    -> T?
  {
    guard let text: String = try optional(column) else { return nil }
    return try cache.value(of: text) { try json(type, column) }
  }

  /// A JSON array column; NULL reads as empty.
  func array<Element: JSONColumnValue>(_ type: Element.Type, _ column: String) throws -> [Element]
  where Element.Stored: JSONColumnElement {
    let text: String? = try optional(column)
    return try convert(column) { try JSONColumn.decodeArray(type, text) }
  }

  /// A JSON map column; NULL reads as empty.
  func map<Value: JSONColumnValue>(_ type: Value.Type, _ column: String) throws -> [String: Value]
  where Value.Stored: JSONColumnElement {
    let text: String? = try optional(column)
    return try convert(column) { try JSONColumn.decodeMap(type, text) }
  }

  private func convert<T>(_ column: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let problem as StoredValueError {
      throw error(column, problem.description)
    } catch {
      throw self.error(column, "does not hold readable JSON (\(Self.describe(error)))")
    }
  }

  private func error(_ column: String, _ problem: String) -> StoredRowError {
    let id = row.index(of: key).flatMap { ChangeChain.text(row.values[$0]) } ?? "?"
    return StoredRowError(table: table.tableName, id: id, column: column, problem: problem)
  }

  /// A decoding error in a line: where in the JSON, and what.
  private static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    let (path, message): ([any CodingKey], String) =
      switch error {
      case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
      case .keyNotFound(let key, let context): (context.codingPath, "no key \"\(key.stringValue)\"")
      case .typeMismatch(_, let context), .valueNotFound(_, let context):
        (context.codingPath, context.debugDescription)
      @unknown default: ([], "\(error)")
      }
    let at = path.map(\.stringValue).joined(separator: ".")
    return at.isEmpty ? message : "at \(at): \(message)"
  }
}

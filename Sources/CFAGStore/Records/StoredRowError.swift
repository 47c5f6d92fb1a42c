/// A stored row that cannot be read back, naming the table, the row and the column.
public struct StoredRowError: Error, Equatable, Sendable, CustomStringConvertible {
  public var table: String
  /// The row's id (its primary key).
  public var id: String
  public var column: String
  /// What is wrong, e.g. `holds "2026-13-01", which is not a date`.
  public var problem: String

  public var description: String { "cannot read \(table) \"\(id)\": \(column) \(problem)" }
}

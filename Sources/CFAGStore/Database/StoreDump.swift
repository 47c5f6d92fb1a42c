extension Store {
  /// Every row of every table as text, in a stable order: two dumps are equal exactly when the
  /// stored data is. Used to prove that a refused change left the database as it was.
  public func dump() throws -> String {
    try read { db in
      let tables = try db.values(
        String.self,
        db.dialect == .sqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
          : """
          SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          ORDER BY table_name
          """)
      var lines: [String] = []
      for table in tables where !Schema.postgresBookkeeping.contains(table) {
        lines.append("## \(table)")
        let columns = try db.columnNames(of: table).joined(separator: ", ")
        for row in try db.rows("SELECT \(columns) FROM \(table) ORDER BY 1") {
          lines.append(row.description)
        }
      }
      return lines.joined(separator: "\n")
    }
  }
}

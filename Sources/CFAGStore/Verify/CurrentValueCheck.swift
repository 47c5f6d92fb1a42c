/// Compares every field of every row of every logged table with its last logged value: a row the log
/// never created, a deleted row still present, a created row gone, or a value changed behind the
/// program's back all fail.
enum CurrentValueCheck {
  static func run(
    _ db: any StoreConnection, tables: [String], state: inout LoggedState, report: inout VerificationReport
  )
    throws
  {
    for table in tables {
      let defaults = try columnDefaults(db, table)
      // Kept by the store from other rows, not logged: the audit figures' check covers them.
      let descriptor = Schema.loggedTables.first { $0.tableName == table }
      let derived = Set((descriptor?.derivedColumns ?? []) + (descriptor?.retiredDerivedColumns ?? []))
      let columns = try db.columnNames(of: table).joined(separator: ", ")
      try db.forEachRow("SELECT \(columns) FROM \(table)", []) { row in
        report.rows += 1
        let id = ChangeChain.text(row["id"]) ?? ""
        func problem(_ field: String?, _ sequence: Int?, _ message: String) {
          report.add(.init(.currentValues, table: table, id: id, field: field, sequence: sequence, message))
        }
        guard let logged = state.row(table, id) else {
          problem(
            nil, nil, "the row is present but the change log never created it: it was inserted directly")
          return
        }
        guard logged.exists else {
          problem(
            nil, logged.lifeSequence, "the row was deleted but is still present: it was put back directly")
          return
        }
        state.markSeen(table, id)
        for column in row.columnNames where column != "id" && !derived.contains(column) {
          let value = row.value(column)
          let last = logged.fields[column]
          if ChangeChain.valueHash(ChangeChain.text(value), salt: last?.salt) == (last?.hash ?? "") {
            continue
          }
          if last == nil, let fallback = defaults[column], fallback == value { continue }
          let was = try last.map { try loggedText(db, $0) } ?? "nothing (it never set this field)"
          problem(
            column, last?.sequence,
            "holds \(quoted(ChangeChain.text(value))) but the change log's last value is \(was): "
              + "it was changed directly")
        }
      }
      let gone = (state.tables[table] ?? [:]).filter { $0.value.exists && !$0.value.seen }
      for (id, logged) in gone.sorted(by: { $0.key < $1.key }) {
        report.add(
          .init(
            .currentValues, table: table, id: id, sequence: logged.lifeSequence,
            "the change log created this row and never deleted it, but it is gone: it was deleted directly"))
      }
    }
  }

  /// Column → its declared default, for columns a later migration added to rows that already existed.
  private static func columnDefaults(_ db: any StoreConnection, _ table: String) throws -> [String: SQLValue]
  {
    var defaults: [String: SQLValue] = [:]
    let columns =
      switch db.dialect {
      case .sqlite: "SELECT name, dflt_value FROM pragma_table_info(?)"
      case .postgres:
        """
        SELECT column_name AS name, column_default AS dflt_value FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ?
        """
      }
    for column in try db.rows(columns, [table]) {
      guard let expression = column["dflt_value"] as String? else { continue }
      defaults[column["name"]] = try db.value(SQLValue.self, "SELECT \(expression)") ?? .null
    }
    return defaults
  }

  private static func loggedText(
    _ db: any StoreConnection, _ last: (hash: String, salt: String?, sequence: Int)
  ) throws
    -> String
  {
    guard !last.hash.isEmpty else { return quoted(nil) }
    let text = try db.value(String.self, "SELECT new_value FROM change_log WHERE seq = ?", [last.sequence])
    return text.map { quoted($0) } ?? "a text since purged"
  }

  /// A value for a message: quoted, on one line, cut at 40 characters.
  static func quoted(_ text: String?) -> String {
    guard let text else { return "nothing (null)" }
    let line = text.map { $0.isNewline ? " " : $0 }
    return "\"" + (line.count > 40 ? String(line.prefix(40)) + "…" : String(line)) + "\""
  }
}

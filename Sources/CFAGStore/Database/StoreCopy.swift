import CFAGDomain
import PostgresClient

/// What `Store.copy(to:)` moved: each table's rows, and the target's verification.
public struct StoreCopyResult: Hashable, Sendable {
  /// Each table with the rows copied into it, in the order they were copied.
  public var tables: [CopiedTable]
  /// `verify` on the target, run before its transaction was committed.
  public var report: VerificationReport

  /// The change records copied.
  public var changeRecords: Int { tables.first { $0.table == "change_log" }?.rows ?? 0 }
}

/// One table of a copy and how many rows went into it.
public struct CopiedTable: Hashable, Sendable {
  public var table: String
  public var rows: Int
}

extension Store {
  /// Every table of the data, in an order where each row's references are already there.
  private static let copyOrder = [
    "agency", "audit", "audit_case", "agency_return", "assessment", "recommendation", "action",
    "action_progress", "report_section", "return_template", "candidate", "change_log",
  ]

  /// Rows inserted by one statement: few round trips, well under PostgreSQL's 65,535 parameters.
  private static let rowsPerInsert = 200

  /// Copies this database, which must pass `verify`, into the empty PostgreSQL database at `uri`
  /// (migrated first): every row of every table, value for value, from one snapshot, in one
  /// transaction that holds the chain lock and commits only once the copy passes `verify` with
  /// the same chain head. On any error nothing is copied.
  public func copy(to uri: String, progress: ProgressReporter = .silent) throws -> StoreCopyResult {
    _ = try Self.migratePostgres(uri: uri)
    let target = try Self.connect(uri)
    return try read { source in
      do {
        return try target.write { connection in
          try Self.requireEmpty(connection, uri)
          let checked = try Verifier.verify(source, progress: progress.labelled("checking the source"))
          guard checked.isValid else {
            throw StoreError.other(
              path,
              "it does not pass verify (\(checked.problems.count) problems, the first: \(checked.problems[0])); "
                + "copy only a database whose chain is intact; nothing was copied")
          }
          var tables: [CopiedTable] = []
          let total = try Self.copyOrder.reduce(0) { try $0 + Self.count($1, source) }
          for table in Self.copyOrder {
            let copied = tables.map(\.rows).reduce(0, +)
            let rows = try Self.copy(table, from: source, to: connection, uri) {
              progress("copying \(table)", done: copied + $0, of: total)
            }
            tables.append(CopiedTable(table: table, rows: rows))
          }
          let report = try Verifier.verify(connection, progress: progress.labelled("checking the copy"))
          guard report.isValid, report.headSequence == checked.headSequence,
            report.headHash == checked.headHash
          else {
            throw StoreError.other(
              uri,
              "the copy does not pass verify (\(report.problems.first?.description ?? "its chain head differs")); "
                + "nothing was copied")
          }
          return StoreCopyResult(tables: tables, report: report)
        }
      } catch let error as PGError {
        throw StoreError(error, path: uri)
      }
    }
  }

  /// Refuses a target holding any row, or any table this copy does not know (the database's
  /// bookkeeping aside).
  private static func requireEmpty(_ connection: PostgresConnection, _ uri: String) throws {
    let tables = try connection.values(
      String.self,
      """
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      """)
    if let unknown = Set(tables).subtracting(copyOrder + Schema.postgresBookkeeping).sorted().first {
      throw StoreError.other(uri, "it has a table \(unknown) that this cfag cannot copy; nothing was copied")
    }
    for table in copyOrder {
      guard try connection.value(Int.self, "SELECT 1 FROM \(table) LIMIT 1") != nil else { continue }
      throw StoreError.other(
        uri,
        "it already holds data (rows in \(table)); copy into an empty one; nothing was copied"
      )
    }
  }

  private static func count(_ table: String, _ db: any StoreConnection) throws -> Int {
    try db.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0
  }

  /// Copies one table's rows, each value as stored, several rows per statement, telling
  /// `progress` how many are done; returns how many.
  private static func copy(
    _ table: String, from source: any StoreConnection, to target: PostgresConnection, _ uri: String,
    progress: (Int) -> Void
  ) throws -> Int {
    let columns = try source.columnNames(of: table)
    guard Set(columns) == Set(try target.columnNames(of: table)) else {
      throw StoreError.other(
        uri, "its \(table) table has other columns than the source's; nothing was copied")
    }
    let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    func insert(_ values: [SQLValue]) throws {
      let rows = Array(repeating: row, count: values.count / columns.count).joined(separator: ", ")
      try target.execute(
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(rows)", SQLArguments(values))
    }
    var pending: [SQLValue] = []
    var count = 0
    try source.forEachRow("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY 1", []) {
      pending += $0.values
      count += 1
      guard count % rowsPerInsert == 0 else { return }
      try insert(pending)
      pending.removeAll(keepingCapacity: true)
      progress(count)
    }
    if !pending.isEmpty { try insert(pending) }
    progress(count)
    return count
  }
}

extension ProgressReporter {
  /// This reporter, each task named after `label` ("checking the copy: 3/5 ...").
  fileprivate func labelled(_ label: String) -> ProgressReporter {
    ProgressReporter { self("\(label): \($0.task)", done: $0.done, of: $0.total) }
  }
}

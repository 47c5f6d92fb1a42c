import GRDB

/// Compares every schema object of a database (tables with their columns, indexes, triggers and
/// views) with what cfag's migrations create for the migrations it records as applied. Anything
/// added, removed or altered is reported by name: a trigger planted in a backup, for one, would
/// run attacker-written SQL on every later change.
enum SchemaCheck {
  /// One object as `sqlite_master` describes it.
  struct Object: Hashable, Comparable {
    var type: String
    var name: String
    var table: String
    var sql: String?

    static func < (a: Object, b: Object) -> Bool { (a.type, a.name) < (b.type, b.name) }

    var label: String { type == "table" || table == name ? "\(type) \(name)" : "\(type) \(name) on \(table)" }
  }

  /// Tables SQLite makes by itself: the AUTOINCREMENT counter and the planner's statistics.
  private static let internalTables: Set<String> = ["sqlite_sequence", "sqlite_stat1", "sqlite_stat4"]

  static func run(_ db: any StoreConnection, report: inout VerificationReport) throws {
    for problem in try problems(db) { report.add(problem) }
  }

  static func problems(_ db: any StoreConnection) throws -> [VerificationReport.Problem] {
    let found = try objects(db)
    var applied: [String] = []
    if try db.tableExists("grdb_migrations") {
      applied = try db.values(String.self, "SELECT identifier FROM grdb_migrations")
    }
    let known = Schema.migrator.migrations
    var problems: [VerificationReport.Problem] = []
    for identifier in applied where !known.contains(identifier) {
      problems.append(
        .init(
          .schema, table: "grdb_migrations", id: identifier,
          "records a migration this cfag does not know (a newer cfag, or an edited file)"))
    }
    let last = known.last { applied.contains($0) }
    let expected = try expectedObjects(upTo: last)
    let expectedByName = Dictionary(expected.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    let foundByName = Dictionary(found.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    for object in found.sorted() {
      if internalTables.contains(object.name) && object.type == "table" { continue }
      guard let wanted = expectedByName[object.name] else {
        problems.append(
          .init(
            .schema,
            "\(object.label) is not made by cfag's migrations: it was added outside cfag"
              + (object.sql.map { " (\(CurrentValueCheck.quoted($0)))" } ?? "")))
        continue
      }
      if wanted.type != object.type || wanted.table != object.table
        || normalised(wanted.sql) != normalised(object.sql)
      {
        problems.append(
          .init(
            .schema,
            "\(object.label) differs from what cfag's migrations make: it was altered outside cfag"))
      }
    }
    for object in expected.sorted() where foundByName[object.name] == nil {
      problems.append(
        .init(.schema, "\(object.label) is missing: it was dropped"))
    }
    // The applied migrations must be a prefix of the known ones, in order.
    let prefix = Array(known.prefix(applied.count))
    if applied.allSatisfy(known.contains) && Set(prefix) != Set(applied) {
      problems.append(
        .init(
          .schema, table: "grdb_migrations",
          "records migrations out of order (\(applied.joined(separator: ", "))): it was edited"))
    }
    return problems
  }

  /// The objects an empty database gets from the migrations up to `last` (none if nil).
  private static func expectedObjects(upTo last: String?) throws -> [Object] {
    let scratch = try DatabaseQueue()
    if let last { try Schema.migrator.migrate(scratch, upTo: last) }
    return try scratch.read { try objects(SQLiteConnection($0)) }
  }

  private static func objects(_ db: any StoreConnection) throws -> [Object] {
    try db.rows("SELECT type, name, tbl_name, sql FROM sqlite_master").map { row in
      Object(
        type: ChangeChain.text(row["type"]) ?? "", name: ChangeChain.text(row["name"]) ?? "",
        table: ChangeChain.text(row["tbl_name"]) ?? "", sql: ChangeChain.text(row["sql"]))
    }
  }

  /// SQL with runs of white space made one space, so only a real difference counts.
  private static func normalised(_ sql: String?) -> String? {
    sql.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
  }
}

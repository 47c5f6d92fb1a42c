import CFAGDomain
import Foundation
import GRDB

/// `cfag verify`: SQLite's integrity check, the foreign keys, the change log's hash chain, every
/// stored value against its last logged value, and every audit's figures against its case records.
public enum Verifier {
  /// Runs every check on a consistent snapshot of `db`, telling `progress` which of the five
  /// steps is running and how far through the change log it is.
  static func verify(
    _ db: any StoreConnection, notedHead: String? = nil, progress: ProgressReporter = .silent
  ) throws -> VerificationReport {
    var report = VerificationReport()
    report.notedHead = notedHead?.lowercased()
    if db.dialect == .postgres {
      report.notApplicable = [.integrity, .schema, .foreignKeys]
    } else {
      progress("1/5 checking the file's integrity", done: 0, of: nil)
      try integrity(db, &report)
      guard report.isValid else { return report }
      progress("2/5 checking the schema and the references between tables", done: 0, of: nil)
      try SchemaCheck.run(db, report: &report)
      try foreignKeys(db, &report)
    }
    let tableNames = ["change_log"] + Schema.loggedTables.map { $0.tableName }
    let present = Set(try tableNames.filter { try db.tableExists($0) })
    guard present.contains("change_log") else {
      report.add(.init(.chain, table: "change_log", "is missing: this is not a cfag database"))
      return report
    }
    let tables = Schema.loggedTables.map { $0.tableName }.filter(present.contains)
    var state = LoggedState(loggedTables: tables)
    try ChainCheck.run(db, state: &state, report: &report, progress: progress)
    progress("4/5 comparing every stored value with the change log", done: 0, of: nil)
    try CurrentValueCheck.run(db, tables: tables, state: &state, report: &report)
    if ["audit", "audit_case", "assessment", "agency_return"].allSatisfy(present.contains) {
      progress("5/5 checking every audit's figures", done: 0, of: nil)
      try AuditFigureCheck.run(db, report: &report)
    }
    return report
  }

  /// Verifies a database file read-only, changing no byte of it: a backup, a copy, or the database
  /// in use. Refuses a file that is not a cfag database, or one written by a newer cfag.
  public static func verify(
    file path: String, notedHead: String? = nil, progress: ProgressReporter = .silent
  ) throws -> VerificationReport {
    guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path) }
    try StoreLocation.requireRegularFile(path)
    var configuration = Configuration()
    configuration.readonly = true
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        guard try db.tableExists("grdb_migrations"), try db.tableExists("change_log") else {
          throw StoreError.corrupt(path, "it has no cfag change log")
        }
        if try Schema.migrator.hasBeenSuperseded(db) {
          throw StoreError.corrupt(path, "it was written by a newer version of cfag")
        }
        return try verify(SQLiteConnection(db), notedHead: notedHead, progress: progress)
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    }
  }

  private static func integrity(_ db: any StoreConnection, _ report: inout VerificationReport) throws {
    for line in try db.values(String.self, "PRAGMA integrity_check") where line != "ok" {
      report.add(.init(.integrity, line))
    }
  }

  private static func foreignKeys(_ db: any StoreConnection, _ report: inout VerificationReport) throws {
    for row in try db.rows("PRAGMA foreign_key_check") {
      let table: String = row["table"]
      let parent: String = row["parent"]
      let rowID: Int64? = row["rowid"]
      let id = try rowID.flatMap {
        try db.value(SQLValue.self, "SELECT id FROM \(table) WHERE rowid = ?", [$0])
      }.flatMap(ChangeChain.text)
      report.add(.init(.foreignKeys, table: table, id: id, "refers to a \(parent) that does not exist"))
    }
  }
}

extension Store {
  /// Runs `verify` on a consistent snapshot of this database.
  public func verify(notedHead: String? = nil, progress: ProgressReporter = .silent) throws
    -> VerificationReport
  {
    try read { try Verifier.verify($0, notedHead: notedHead, progress: progress) }
  }
}

import Foundation
import GRDB

/// The database schema this program writes: one version per migration, so a database with every
/// migration applied has schema version `SchemaVersion.current`.
public enum SchemaVersion {
  /// The number of migrations this program knows.
  public static var current: Int { Schema.migrator.migrations.count }

  /// Every migration this program knows, oldest first.
  public static var migrationIDs: [String] { Schema.migrations.map(\.id) }

  /// Of the migrations a database records as `applied`: those this program does not know (a newer
  /// cfag applied them), sorted; and this program's migrations it lacks, oldest first.
  public static func compare(applied: some Collection<String>) -> (unknown: [String], missing: [String]) {
    let known = migrationIDs
    return (applied.filter { !known.contains($0) }.sorted(), known.filter { !applied.contains($0) })
  }

  /// The identifier of the newest migration this program knows.
  public static var latestMigration: String { Schema.migrator.migrations.last ?? "" }
}

/// What `cfag doctor` learns about a database file by reading it, without changing it.
public struct DatabaseInspection: Sendable, Equatable {
  /// Migrations applied to the file that this program knows, in order.
  public var appliedMigrations: [String]
  /// Migrations applied to the file that this program does not know: a newer cfag wrote it.
  public var unknownMigrations: [String]
  /// `PRAGMA journal_mode`: `wal` for a file cfag has opened.
  public var journalMode: String
  /// `PRAGMA quick_check` lines other than `ok`.
  public var quickCheckProblems: [String]
  /// Whether the file has cfag's change log (false: some other SQLite file).
  public var hasChangeLog: Bool
  public var audits: Int

  public init(
    appliedMigrations: [String], unknownMigrations: [String], journalMode: String,
    quickCheckProblems: [String],
    hasChangeLog: Bool, audits: Int
  ) {
    self.appliedMigrations = appliedMigrations
    self.unknownMigrations = unknownMigrations
    self.journalMode = journalMode
    self.quickCheckProblems = quickCheckProblems
    self.hasChangeLog = hasChangeLog
    self.audits = audits
  }

  /// The file's schema version: how many of this program's migrations it has.
  public var schemaVersion: Int { appliedMigrations.count }

  /// Reads the file read-only. Throws `StoreError` when it cannot be opened as SQLite at all.
  public static func inspect(path: String) throws -> DatabaseInspection {
    guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path) }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(5)
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        let migrator = Schema.migrator
        let known = migrator.migrations
        let applied =
          try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
        let journal = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
        let audits =
          try db.tableExists("audit") ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 : 0
        return DatabaseInspection(
          appliedMigrations: known.filter(applied.contains),
          unknownMigrations: SchemaVersion.compare(applied: applied).unknown,
          journalMode: journal.lowercased(),
          quickCheckProblems: check, hasChangeLog: try db.tableExists("change_log"), audits: audits)
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    }
  }
}

extension DatabaseInspection {
  /// The network file system (NFS, CIFS, ...) holding `folder`, or nil.
  public static func networkFileSystem(holding folder: String) -> String? {
    StoreLocation.networkFileSystem(folder)
  }
}

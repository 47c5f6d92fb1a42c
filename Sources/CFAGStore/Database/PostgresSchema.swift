import PostgresClient

/// Opening a PostgreSQL store, and bringing its schema up to date (`cfag db migrate`): the same
/// migrations as SQLite's, in PostgreSQL's dialect, recorded in `cfag_migrations`.
extension Store {
  /// Applies the migrations a PostgreSQL database lacks, in one transaction holding the chain
  /// lock; returns the ones applied (none when it was up to date).
  public static func migratePostgres(uri: String) throws -> [String] {
    let server = try connect(uri)
    do {
      return try server.write { connection in
        try connection.execute(
          "CREATE TABLE IF NOT EXISTS cfag_migrations (identifier TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)"
        )
        let applied = try connection.values(String.self, "SELECT identifier FROM cfag_migrations")
        let (unknown, missing) = SchemaVersion.compare(applied: applied)
        if let unknown = unknown.first {
          throw StoreError.corrupt(uri, "it was migrated by a newer version of cfag (\(unknown))")
        }
        var done: [String] = []
        for migration in Schema.migrations where missing.contains(migration.id) {
          try connection.execute(migration.statements(.postgres))
          try connection.execute(
            "INSERT INTO cfag_migrations (identifier, applied_at) VALUES (?, CAST(now() AS TEXT))",
            [migration.id])
          done.append(migration.id)
        }
        return done
      }
    } catch let error as PGError {
      throw StoreError(error, path: uri)
    }
  }

  /// Whether `path` names a PostgreSQL database (`postgresql://` or `postgres://`) rather than a file.
  public static func isPostgresURI(_ path: String) -> Bool { PGConnectionInfo.isPostgresURI(path) }

  /// The agency an agency login speaks for (`cfag db role add --agency`); nil for every other login,
  /// and on an SQLite file.
  static func loginAgency(_ db: any StoreConnection) throws -> String? {
    guard db.dialect == .postgres,
      try db.value(Bool.self, "SELECT to_regprocedure('cfag_agency()') IS NOT NULL") == true
    else { return nil }
    return try db.value(String.self, "SELECT cfag_agency()")
  }

  /// Connects to the server, refusing a URI that carries a password.
  static func connect(_ uri: String) throws -> PostgresServer {
    do {
      if let password = try PGConnectionInfo.parse(uri)["password"], !password.isEmpty {
        throw StoreError.passwordInURI
      }
      return try PostgresServer(uri: uri)
    } catch let error as PGError {
      throw StoreError.other(uri, "cannot connect: \(error.message)")
    }
  }

  /// What opening a PostgreSQL store reads besides the schema's version.
  struct PostgresOpening {
    /// The login (`session_user`).
    let login: String
    /// Whether the agency list has agencies (so the workbench need not ask again before seeding it).
    let hadAgencies: Bool
  }

  /// Refuses a database whose schema is not this cfag's: never migrated, behind, or ahead. Returns
  /// the login and whether there are agencies, read in the same round trip (with `ahead`, read
  /// ahead: see `PostgresServer.opening`), doing `waiting` while the server reads them.
  @discardableResult
  static func requireCurrentSchema(
    _ server: PostgresServer, readingAhead ahead: [SQLStatement] = [], waiting: PGWaitingWork? = nil
  ) throws -> PostgresOpening {
    let (applied, opening) = try readOpening(server, readingAhead: ahead, waiting: waiting)
    let (unknown, missing) = SchemaVersion.compare(applied: applied)
    if let unknown = unknown.first {
      throw StoreError.corrupt(server.uri, "it was migrated by a newer version of cfag (\(unknown))")
    }
    guard missing.isEmpty, let opening else { throw StoreError.needsMigration(server.uri, missing: missing) }
    return opening
  }

  /// The migrations applied and what else opening reads, in one round trip: a new session's first
  /// look at the catalogue is its slowest. A database cfag never migrated has no cfag_migrations
  /// table (nor an agency table): no migrations, and nothing else.
  private static func readOpening(
    _ server: PostgresServer, readingAhead ahead: [SQLStatement], waiting: PGWaitingWork?
  ) throws -> (applied: [String], opening: PostgresOpening?) {
    do {
      let rows = try server.opening(
        [
          SQLStatement(
            "SELECT session_user::text AS login, (SELECT string_agg(identifier, ' ') FROM cfag_migrations) AS applied"
          ),
          SQLStatement("SELECT EXISTS (SELECT 1 FROM agency) AS agencies"),
        ], readingAhead: ahead, waiting: waiting)
      let row = rows.first?.first
      let applied: String? = row?["applied"]
      let opening = PostgresOpening(
        login: row?["login"] ?? "", hadAgencies: rows.last?.first?["agencies"] ?? false)
      return (applied?.split(separator: " ").map(String.init) ?? [], opening)
    } catch let error as PGError where error.isUndefinedTable {
      return ([], nil)
    }
  }
}

extension StoreError {
  init(_ error: PGError, path: String) {
    if error.isSerializationFailure || error.isDeadlock || error.isLockNotAvailable {
      self = .busy(path)
    } else if error.isInsufficientPrivilege {
      self = .denied(path, error.message)
    } else {
      self = .other(path, error.message)
    }
  }
}

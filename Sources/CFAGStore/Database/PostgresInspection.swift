import PostgresClient

/// What `cfag doctor` learns about a PostgreSQL database by connecting to it, without changing it:
/// who the login is and what it may do, the schema's migrations, and how the connection is made.
public struct PostgresInspection: Sendable, Equatable {
  /// The server's host, or the folder of its Unix socket.
  public var host: String
  /// `sslmode` as the URI gives it (libpq's default, `prefer`, when absent).
  public var sslMode: String
  /// Whether this connection is encrypted.
  public var encrypted: Bool
  public var serverVersion: Int
  /// The login: the actor of every change made through it.
  public var login: String
  /// Whether the login owns the tables (the one that migrates and adds logins).
  public var ownsTables: Bool
  /// The cfag roles the login has (`manager`, `panel`, `agency`).
  public var roles: [String]
  /// The agency an agency login speaks for.
  public var agency: String?
  public var appliedMigrations: [String]
  public var audits: Int?

  public init(
    host: String, sslMode: String, encrypted: Bool, serverVersion: Int, login: String, ownsTables: Bool,
    roles: [String], agency: String? = nil, appliedMigrations: [String], audits: Int?
  ) {
    self.host = host
    self.sslMode = sslMode
    self.encrypted = encrypted
    self.serverVersion = serverVersion
    self.login = login
    self.ownsTables = ownsTables
    self.roles = roles
    self.agency = agency
    self.appliedMigrations = appliedMigrations
    self.audits = audits
  }

  /// Whether the server is reached through a Unix socket or on this machine.
  public var isLocal: Bool {
    host.isEmpty || host.hasPrefix("/") || ["localhost", "127.0.0.1", "::1"].contains(host)
  }

  /// Connects and looks; throws `StoreError` when it cannot connect.
  public static func inspect(uri: String) throws -> PostgresInspection {
    let server = try Store.connect(uri)
    let info = (try? PGConnectionInfo.parse(uri)) ?? [:]
    do {
      return try server.read { db in
        let migrated = try db.tableExists("cfag_migrations")
        let roles = try db.values(
          String.self,
          """
          SELECT substr(rolname, 6) FROM pg_roles
          WHERE rolname IN ('cfag_manager', 'cfag_panel', 'cfag_agency') AND pg_has_role(session_user, oid, 'MEMBER')
          ORDER BY rolname
          """)
        return PostgresInspection(
          host: info["host"] ?? info["hostaddr"] ?? "", sslMode: info["sslmode"] ?? "prefer",
          encrypted: try db.value(Bool.self, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ?? false,
          serverVersion: db.connection.serverVersion,
          login: try db.value(String.self, "SELECT session_user") ?? "",
          ownsTables: try db.value(
            Bool.self, "SELECT tableowner = session_user FROM pg_tables WHERE tablename = 'change_log'")
            ?? false,
          roles: roles, agency: try Store.loginAgency(db),
          appliedMigrations: migrated
            ? try db.values(String.self, "SELECT identifier FROM cfag_migrations ORDER BY identifier") : [],
          audits: try db.tableExists("audit") ? try db.value(Int.self, "SELECT COUNT(*) FROM audit") : nil)
      }
    } catch let error as PGError {
      throw StoreError(error, path: uri)
    }
  }
}

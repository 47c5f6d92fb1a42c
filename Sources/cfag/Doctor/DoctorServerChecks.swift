import CFAGStore

/// `cfag doctor` on a PostgreSQL database: the connection, its encryption, the schema, and what
/// the login may do.
enum DoctorServerChecks {
  static func server(_ d: DoctorFacts.Database) -> [DoctorFinding] {
    func finding(_ level: DoctorFinding.Level, _ message: String, fix: String = "") -> DoctorFinding {
      DoctorFinding(level: level, area: "database", message: message, fix: fix)
    }
    guard let server = d.server else {
      return [
        finding(
          .problem, "cannot use the PostgreSQL database: \(d.openError ?? "no answer")",
          fix: "check the URI, that the server runs, and your password in ~/.pgpass or PGPASSWORD")
      ]
    }
    let version = "\(server.serverVersion / 10000).\(server.serverVersion % 10000)"
    var found = [
      finding(
        .ok,
        "PostgreSQL \(version) "
          + (server.host.hasPrefix("/") ? "through the socket in \(server.host)" : "at \(server.host)")
          + ", as \(server.login)")
    ]
    if !server.isLocal && !server.encrypted {
      found.append(
        finding(
          .problem,
          "the connection to \(server.host) is not encrypted: case details would cross the network in clear",
          fix: "add sslmode=verify-full to the URI (and require TLS on the server: hostssl in pg_hba.conf)"))
    } else if !server.isLocal && server.sslMode != "verify-full" {
      found.append(
        finding(
          .warning,
          "the server's certificate is not checked (sslmode=\(server.sslMode)), so another machine could pose as it",
          fix: "use sslmode=verify-full, with the server's CA in ~/.postgresql/root.crt"))
    } else if !server.isLocal {
      found.append(finding(.ok, "encrypted, the server's certificate checked"))
    }
    let (unknown, missing) = SchemaVersion.compare(applied: server.appliedMigrations)
    if !unknown.isEmpty {
      found.append(
        finding(
          .problem, "the database was migrated by a newer cfag (\(unknown.joined(separator: ", ")))",
          fix: "install the newer cfag"))
    } else if !missing.isEmpty {
      found.append(
        finding(
          .problem,
          server.appliedMigrations.isEmpty
            ? "the database has no cfag schema yet"
            : "the database lacks \(missing.count) of cfag's migrations",
          fix: "the database's owner runs: cfag db migrate"))
    } else {
      found.append(
        finding(
          .ok,
          "schema version \(SchemaVersion.current)"
            + (server.audits.map { ", \($0) audit\($0 == 1 ? "" : "s") visible" } ?? "")))
    }
    if server.ownsTables {
      found.append(
        finding(
          .note,
          "\(server.login) owns the database and is held by no role: use it to migrate and add logins only",
          fix: "give each person a login of their own: cfag db role add LOGIN --role manager|panel|agency"))
    } else if server.roles.isEmpty {
      found.append(
        finding(
          .problem, "\(server.login) has no cfag role, so the database will refuse its work",
          fix: "the database's owner runs: cfag db role add \(server.login) --role manager|panel|agency"))
    } else {
      found.append(
        finding(
          .ok,
          "\(server.login) works as \(server.roles.joined(separator: " and "))"
            + (server.agency.map { " for \($0)" } ?? "")))
    }
    return found
  }
}

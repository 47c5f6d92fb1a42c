import CFAGDomain
import PostgresClient

/// What a login may do on a shared PostgreSQL database, enforced by the server's privileges and
/// row-level security policies, so a raw `psql` session is held to the same as `cfag`.
public enum StoreRole: String, CaseIterable, Sendable {
  /// The business manager: everything, sign-off, purge and settings included.
  case manager
  /// A panel member: reads every audit; grades, tags, escalates and recommends.
  case panel
  /// An agency: sees only the audits its agency is on, and writes only its own returns and the
  /// progress notes of actions it owns.
  case agency

  /// The server's group role the login is made a member of.
  var groupRole: String { "cfag_\(rawValue)" }
}

extension Store {
  /// Adds (or changes) a login's role, run by the database's owner: the group roles, grants and
  /// policies are put in place the first time, then the login is made a member of its role's
  /// group and, for an agency, tied to its agency. The login's password is set with `psql`'s
  /// `\password` or the server's own authentication, never here.
  public static func addRole(uri: String, login: String, role: StoreRole, agency: String?) throws -> String? {
    if role == .agency, agency == nil {
      throw DomainError.invalid(
        field: .agency, value: "", reason: "an agency login needs the agency it speaks for")
    }
    if role != .agency, agency != nil {
      throw DomainError.invalid(
        field: .agency, value: agency ?? "", reason: "only an agency login belongs to an agency")
    }
    let server = try connect(uri)
    try requireCurrentSchema(server)
    do {
      return try server.write { connection in
        let agencyID = try agency.map { try AgencyOperations.resolve(connection, $0).id }
        try connection.execute(PostgresPolicies.script)
        let quoted = try connection.connection.quoteIdentifier(login)
        let exists =
          try connection.value(Int.self, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", [login]) ?? 0
        if exists == 0 { try connection.execute("CREATE ROLE \(quoted) LOGIN") }
        for other in StoreRole.allCases where other != role {
          try connection.execute("REVOKE \(other.groupRole) FROM \(quoted)")
        }
        try connection.execute("GRANT \(role.groupRole) TO \(quoted)")
        try connection.execute(
          """
          INSERT INTO cfag_login (login, role, agency_id) VALUES (?, ?, ?)
          ON CONFLICT (login) DO UPDATE SET role = excluded.role, agency_id = excluded.agency_id
          """, [login, role.rawValue, agencyID])
        return agencyID
      }
    } catch let error as PGError {
      throw StoreError(error, path: uri)
    }
  }
}

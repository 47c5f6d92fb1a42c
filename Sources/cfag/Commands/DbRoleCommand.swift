import ArgumentParser
import CFAGStore

/// `cfag db role`: who may do what on a shared PostgreSQL database.
struct DbRoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "role",
    abstract: "Give PostgreSQL logins their roles: manager, panel or agency.",
    subcommands: [DbRoleAddCommand.self])
}

/// `cfag db role add LOGIN --role manager|panel|agency [--agency ID]`.
struct DbRoleAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Create a login (or change its role) on the PostgreSQL database given by --db or CFAG_DB.",
    discussion: """
      Run by the database's owner. The first time, it puts the roles' privileges and row-level
      security policies in place. A manager does everything, sign-off, purge and settings included;
      a panel login reads every audit and grades, tags, escalates and recommends; an agency login sees
      only the audits its agency is on and writes only its agency's returns and the progress notes of
      actions its agency owns. The server enforces this, for psql as for cfag. The login's password is
      set on the server (psql's \\password), never by cfag.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The PostgreSQL login.") var login: String
  @Option(help: "manager, panel or agency.") var role: String
  @Option(help: "For an agency login: the agency it speaks for (id or name).") var agency: String?

  func run() throws {
    let env = try AppEnvironment(global)
    let uri = try env.postgresURI("whose users are the computer's", to: "add a login to")
    guard let storeRole = StoreRole(rawValue: role.lowercased()) else {
      throw ValidationError("--role \(role) is not a role; use manager, panel or agency")
    }
    // The first setup (the agency list), by the owner, unless a copy or earlier use did it, so
    // an agency login can name its agency.
    _ = try env.workbench()
    let agencyID = try Store.addRole(uri: uri, login: login, role: storeRole, agency: agency)
    let article = storeRole == .agency ? "an" : "a"
    Output.done("\(login) is \(article) \(storeRole.rawValue) login" + (agencyID.map { " for \($0)" } ?? ""))
  }
}

/// Starts the full-screen workbench: wires the store, the effect runner and the curses backend.
enum TerminalApp {
  static func run(environment: AppEnvironment, noColor: Bool) throws {
    throw CLIError("the workbench screens are not built yet; use the subcommands (cfag --help)")
  }
}

import ArgumentParser
import CFAGDomain
import CFAGStore
import Foundation

/// `cfag`: the Case File Audit Group's workbench. With no subcommand on a terminal it opens the
/// full-screen program; every screen action also has a subcommand here for scripts.
@main
struct CFAG: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cfag",
    abstract: "CFAG Workbench: themed multi-agency case file audits, from sampling to the action plan.",
    discussion: """
      Run with no command on a terminal to open the workbench screens.
      Environment: CFAG_DB (database file), CFAG_THEMES (themes folder), CFAG_USER (who is acting),
      CFAG_TODAY=YYYY-MM-DD (fix today's date), NO_COLOR (monochrome screens).
      """,
    subcommands: [
      AuditCommand.self, GradeCommand.self, EscalateCommand.self, FindingsCommand.self, RecommendCommand.self,
      AgenciesCommand.self, ThemesCommand.self, ActionsCommand.self, CasesCommand.self, ReturnsCommand.self,
      ReportCommand.self, DemoCommand.self, VerifyCommand.self, LogCommand.self, BackupCommand.self,
      RestoreCommand.self, PurgeCommand.self, DoctorCommand.self, SettingsCommand.self, DbCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Draw the screens without colour (as NO_COLOR does).")
  var noColor = false

  /// Runs the command; the domain's errors are worded with the flags that fix them. Every message
  /// (which may quote a value from a file or the database) is printed through `Output`, so it too is
  /// safe for the terminal.
  static func main() {
    do {
      if let launch = ScreenLaunch(arguments: Array(CommandLine.arguments.dropFirst())) {
        try openScreens(launch.settings, noColor: launch.noColor)
      } else {
        var command = try parseAsRoot()
        try command.run()
      }
    } catch let error as DomainError {
      fail(CLIError(CLIHints.describe(error)))
    } catch let error as StoreError {
      fail(CLIError(CLIHints.describe(error)))
    } catch {
      fail(error)
    }
  }

  private static func fail(_ error: Error) -> Never {
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if !message.isEmpty {
      if code == .success { Output.print(message) } else { Output.standardError(message) }
    }
    Foundation.exit(code.rawValue)
  }

  @Flag(name: .long, help: "Print the program's version and the database schema version it writes.")
  var version = false

  func run() throws {
    if version {
      return global.json ? JSONOutput.print(ProgramVersion.json) : Output.print(ProgramVersion.text)
    }
    try Self.openScreens(global.settings, noColor: noColor)
  }

  /// Opens the workbench screens, or says why a script cannot have them.
  static func openScreens(_ settings: GlobalSettings, noColor: Bool) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.standardError(
        "cfag: the workbench screens need a terminal; use a subcommand from a script.\n")
      Output.standardError(CFAG.helpMessage())
      throw ExitCode(2)
    }
    try TerminalApp.run(environment: try AppEnvironment(settings), noColor: noColor)
  }
}

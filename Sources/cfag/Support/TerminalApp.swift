import ArgumentParser
import AuditTUI
import CFAGStore
import CFAGThemes
import CursesBackend
import Foundation
import TUIKit

/// The composition root of the full-screen workbench: opens the database, builds the effect runner
/// (which reads the themes after the first frame) and the curses terminal, and runs the screens
/// until the person quits.
enum TerminalApp {
  static func run(environment: AppEnvironment, noColor: Bool) throws {
    // On PostgreSQL the connection is begun first (libpq loaded, the startup message sent): the
    // server makes the session's process while the terminal's type is worked out.
    let onServer = Store.isPostgresURI(environment.databasePath)
    if onServer { Store.beginConnecting(to: environment.databasePath) }
    let choice = TerminalChoice.decide(term: environment.variables["TERM"])
    guard let terminalType = choice.type else { throw CLIError(refusal(choice)) }
    if let notice = choice.notice { Output.warn(notice) }
    let start = ContinuousClock.now
    let clock: @Sendable () -> Int = { Int((ContinuousClock.now - start).components.seconds) }
    let monochrome = noColor || !(environment.variables["NO_COLOR"] ?? "").isEmpty
    let options = CursesOptions(monochrome: monochrome, terminalType: terminalType)
    // A file is opened before the terminal, so that its warnings are printed before the screen
    // takes it. A PostgreSQL store has none: the terminal is opened while the server reads the
    // home screen's data, so curses' set-up overlaps the server's work instead of adding to it.
    var terminal: CursesTerminal?
    let runner: EffectRunner
    var state: AppState
    do {
      let documentSettings = try environment.documentSettings()
      let workbench = try environment.workbench(
        home: true, whileReading: onServer ? { terminal = try? CursesTerminal(options: options) } : nil)
      runner = EffectRunner(
        workbench: workbench, themes: { ThemeLibrary.load(environment.themeSearchPath).themes },
        documentSettings: documentSettings)
      state = AppState(today: workbench.session.today, themes: [], actor: workbench.session.actor)
    } catch {
      terminal?.close()
      throw error
    }
    if let notice = choice.notice { state.status = .warning(notice) }
    state.now = clock()
    let status: Int32
    do {
      status = try CursesTerminal.session(terminal ?? CursesTerminal(options: options)) { terminal in
        let runtime = Runtime(
          app: AuditApp(clock: clock), state: state, terminal: terminal,
          tickMilliseconds: AuditApp.tickMilliseconds, runEffect: runner.run)
        for effect in AuditApp.startup {
          for message in runner.run(effect) { try runtime.send(message) }
        }
        try runtime.run()
      }
    } catch let error as CursesError {
      throw CLIError(error.description)
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// Why the screens cannot open on this terminal, pointing to the commands, which work anywhere.
  static func refusal(_ choice: TerminalChoice) -> String {
    let commands = "every step also has a command that needs no screen (cfag --help lists them)"
    switch choice {
    case .unset:
      return "TERM is not set, so the workbench screens cannot be drawn: export TERM=xterm-256color, "
        + "or use the commands: \(commands)"
    case .noCursorAddressing(let term):
      return "TERM=\(term) cannot move the cursor, so the workbench screens cannot be drawn on it: use a "
        + "full terminal (xterm-256color, tmux-256color), or the commands: \(commands)"
    case .unknown(let term):
      return "TERM=\(term) is not in the terminfo database and neither is \(TerminalChoice.fallbackType), "
        + "so the screens cannot open: apt-get install ncurses-base ncurses-term, or use the commands: "
        + commands
    case .open, .fallback:
      return ""
    }
  }
}

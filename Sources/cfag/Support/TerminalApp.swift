import ArgumentParser
import AuditTUI
import CursesBackend
import Foundation
import TUIKit

/// The composition root of the full-screen workbench: opens the database and the themes, builds
/// the effect runner and the curses terminal, and runs the screens until the person quits.
enum TerminalApp {
  static func run(environment: AppEnvironment, noColor: Bool) throws {
    let workbench = try environment.workbench()
    let themes = environment.themeLibrary().themes
    let runner = EffectRunner(workbench: workbench, documentSettings: try environment.documentSettings())
    var state = AppState(today: workbench.session.today, themes: themes)
    let start = ContinuousClock.now
    let clock: @Sendable () -> Int = { Int((ContinuousClock.now - start).components.seconds) }
    state.now = clock()
    let monochrome = noColor || !(environment.variables["NO_COLOR"] ?? "").isEmpty
    let status: Int32
    do {
      status = try CursesTerminal.session(options: CursesOptions(monochrome: monochrome)) { terminal in
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
}

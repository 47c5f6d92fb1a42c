import ArgumentParser
import AuditTUI
import CFAGThemes
import CursesBackend
import Foundation
import TUIKit

/// The composition root of the full-screen workbench: opens the database, builds the effect runner
/// (which reads the themes after the first frame) and the curses terminal, and runs the screens
/// until the person quits.
enum TerminalApp {
  static func run(environment: AppEnvironment, noColor: Bool) throws {
    let workbench = try environment.workbench()
    let searchPath = environment.themeSearchPath
    let runner = EffectRunner(workbench: workbench, themes: { ThemeLibrary.load(searchPath).themes })
    var state = AppState(today: workbench.session.today, themes: [])
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

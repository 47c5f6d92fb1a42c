import AuditTUI
import CFAGStore
import CursesBackend
import TUIKit

/// The real runtime and curses backend on a headless 200×60 terminal, as the replays drive them.
struct BenchScreen {
  static let size = Size(width: 200, height: 60)
  let terminal: CursesTerminal
  let runtime: Runtime<AuditApp>
  private let runner: EffectRunner

  init(_ workbench: Workbench) throws {
    terminal = try CursesTerminal(
      options: CursesOptions(monochrome: false, output: .headless(size: Self.size)))
    runner = EffectRunner(workbench: workbench)
    runtime = Runtime(
      app: AuditApp(clock: { 0 }),
      state: AppState(today: workbench.session.today, themes: [], actor: workbench.session.actor),
      terminal: terminal, runEffect: runner.run)
  }

  /// Runs the start-up effects, as the program does before the first key.
  func start() throws {
    for effect in AuditApp.startup {
      for message in runner.run(effect) { try runtime.send(message) }
    }
  }
}

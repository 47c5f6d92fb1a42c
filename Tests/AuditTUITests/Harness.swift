import AuditTUI
import CFAGDomain
import CFAGStore
import TUIKit

/// The workbench running in memory on a headless terminal, against a fixture database: press
/// keys, type, resize and read the screen, as a person would.
final class Harness {
  let fixture: TUIFixture
  let terminal: HeadlessTerminal
  let runtime: Runtime<AuditApp>
  let runner: EffectRunner

  init(fixture: TUIFixture, size: Size = Size(width: 80, height: 24)) throws {
    self.fixture = fixture
    terminal = HeadlessTerminal(size: size)
    runner = EffectRunner(workbench: fixture.workbench)
    var state = AppState(
      today: TUIFixture.today, themes: TUIFixture.themes, actor: fixture.workbench.session.actor)
    state.size = size
    runtime = Runtime(app: AuditApp(clock: { 0 }), state: state, terminal: terminal, runEffect: runner.run)
    for effect in AuditApp.startup {
      for message in runner.run(effect) { try runtime.send(message) }
    }
  }

  var state: AppState { runtime.state }
  var screen: String { terminal.text }

  /// Presses keys by name (`"enter"`, `"ctrl-s"`, `"g"`) and handles them.
  @discardableResult
  func press(_ names: String...) throws -> Harness {
    for name in names { terminal.press(Key(name) ?? .unknown) }
    try runtime.runUntilIdle()
    return self
  }

  /// Types text, one key per character.
  @discardableResult
  func type(_ text: String) throws -> Harness {
    terminal.type(text)
    try runtime.runUntilIdle()
    return self
  }

  func resize(_ width: Int, _ height: Int) throws {
    terminal.resize(to: Size(width: width, height: height))
    try runtime.runUntilIdle()
  }

  /// Moves the meeting clock on.
  func tick(_ seconds: Int) throws {
    try runtime.send(.tick(seconds: seconds))
  }

  func contains(_ text: String) -> Bool { screen.contains(text) }

  func record(_ id: AuditID) throws -> AuditRecord { try fixture.workbench.record(id) }
}

import Testing

@testable import TUIKit

/// A tiny app for the runtime tests: a counter, a log of effects, and quit.
struct CounterApp: App {
  struct State {
    var count = 0
    var size = Size(width: 0, height: 0)
    var loaded: [String] = []
  }
  enum Message { case increment, load, loaded(String), quit, resized(Size), edit }
  enum Effect { case fetch, openEditor }

  let bindings = BindingTable<State, Message>([
    Binding(keys: "+", action: .increment, "Add one"),
    Binding(keys: "l", action: .load, "Load"),
    Binding(keys: "e", action: .edit, "Edit"),
    Binding(keys: "q", action: .quit, "Quit"),
  ])

  func message(for event: Event, in state: State) -> Message? {
    switch event {
    case .key(let key): bindings.action(for: key, in: state)
    case .resize(let size): .resized(size)
    case .tick: nil
    }
  }

  func update(_ state: inout State, _ message: Message) -> [Command<Effect>] {
    switch message {
    case .increment: state.count += 1
    case .load: return [.run(.fetch)]
    case .loaded(let text): state.loaded.append(text)
    case .quit: return [.quit]
    case .resized(let size): state.size = size
    case .edit: return [.runSuspended(.openEditor)]
    }
    return []
  }

  func view(_ state: State, into buffer: inout Buffer) {
    let parts = buffer.area.split(.vertical, [.fixed(1), .fill(1), .fixed(1)])
    buffer.put(0, parts[0].y, "Count: \(state.count)")
    buffer.put(0, parts[1].y, state.loaded.joined(separator: ","))
    KeyBar(bindings, state: state).render(into: &buffer, area: parts[2])
  }
}

@Suite struct RuntimeTests {
  func makeRuntime(
    _ terminal: HeadlessTerminal, effects: @escaping (CounterApp.Effect) -> [CounterApp.Message] = { _ in [] }
  ) -> Runtime<CounterApp> {
    Runtime(app: CounterApp(), state: CounterApp.State(), terminal: terminal, runEffect: effects)
  }

  @Test func rendersUpdatesAndQuits() throws {
    let terminal = HeadlessTerminal()
    let runtime = makeRuntime(terminal)
    terminal.type("++")
    try runtime.runUntilIdle()
    #expect(terminal.text.hasPrefix("Count: 2"))
    #expect(terminal.screen.line(23) == "+ Add one  l Load  e Edit  q Quit")
    terminal.press(named: "q", "+")
    try runtime.runUntilIdle()
    #expect(runtime.isFinished)
    #expect(runtime.state.count == 2)
  }

  @Test func onlyChangedCellsAreSent() throws {
    let terminal = HeadlessTerminal()
    let runtime = makeRuntime(terminal)
    try runtime.render()
    #expect(terminal.lastCellsWritten == terminal.text.filter { $0 != " " && $0 != "\n" }.count)
    terminal.type("+")
    try runtime.runUntilIdle()
    #expect(terminal.lastCellsWritten == 1)
    try runtime.render()
    #expect(terminal.lastCellsWritten == 0)
  }

  @Test func effectsRunThroughTheAppRunnerAndReturnMessages() throws {
    let terminal = HeadlessTerminal()
    var ran: [CounterApp.Effect] = []
    let runtime = makeRuntime(terminal) { effect in
      ran.append(effect)
      return effect == .fetch ? [.loaded("case A"), .increment] : []
    }
    terminal.press(named: "l", "e")
    try runtime.runUntilIdle()
    #expect(ran == [.fetch, .openEditor])
    #expect(runtime.state.loaded == ["case A"])
    #expect(runtime.state.count == 1)
    #expect(!terminal.isSuspended)
    #expect(terminal.text.contains("case A"))
  }

  @Test func resizeToSmallShowsTheNoticeAndBackRedraws() throws {
    let terminal = HeadlessTerminal()
    let runtime = makeRuntime(terminal)
    try runtime.runUntilIdle()
    terminal.resize(to: Size(width: 20, height: 8))
    try runtime.runUntilIdle()
    #expect(runtime.state.size == Size(width: 20, height: 8))
    #expect(terminal.text.contains("Please make the"))
    #expect(terminal.text.contains("Other keys wait; q"))
    terminal.resize(to: Size(width: 300, height: 100))
    terminal.type("+")
    try runtime.runUntilIdle()
    #expect(terminal.screen.size == Size(width: 300, height: 100))
    #expect(terminal.text.hasPrefix("Count: 1"))
    #expect(terminal.screen.line(99).hasPrefix("+ Add one"))
  }

  @Test func tinySizesNeverCrash() throws {
    let terminal = HeadlessTerminal()
    let runtime = makeRuntime(terminal)
    for width in [0, 1, 2, 5, 79] {
      for height in [0, 1, 2, 23] {
        terminal.resize(to: Size(width: width, height: height))
        try runtime.runUntilIdle()
      }
    }
    terminal.resize(to: Size(width: 1, height: 1))
    try runtime.runUntilIdle()
    #expect(terminal.text == "P")
  }

  @Test func onlyQuitActsWhileTheWindowIsTooSmall() throws {
    let terminal = HeadlessTerminal(size: Size(width: 10, height: 3))
    let runtime = makeRuntime(terminal)
    terminal.press(named: "+", "q")
    try runtime.runUntilIdle()
    #expect(runtime.state.count == 0)
    #expect(runtime.isFinished)
  }
}

/// Runs an `App` on a `Terminal`: reads keys, updates the state, runs effects, and redraws only
/// the cells that changed since the last frame.
public final class Runtime<A: App> {
  /// Executes an effect and returns the messages it produced (for example, loaded data).
  public typealias EffectRunner = (A.Effect) throws -> [A.Message]

  public let app: A
  public private(set) var state: A.State
  public private(set) var isFinished = false
  private let terminal: any Terminal
  private let runEffect: EffectRunner
  private let tickMilliseconds: Int
  private var previous: Buffer?

  /// - Parameter tickMilliseconds: how often an idle runtime sends `.tick` (negative: never).
  public init(
    app: A, state: A.State, terminal: any Terminal, tickMilliseconds: Int = -1,
    runEffect: @escaping EffectRunner
  ) {
    self.app = app
    self.state = state
    self.terminal = terminal
    self.tickMilliseconds = tickMilliseconds
    self.runEffect = runEffect
  }

  /// Draws, then handles keys (and ticks) until a `.quit` command; rethrows terminal and effect
  /// errors.
  public func run() throws {
    try render()
    while !isFinished {
      if let key = try terminal.readKey(timeoutMilliseconds: tickMilliseconds) {
        try handle(key)
      } else {
        try send(event: .tick)
      }
    }
  }

  /// Handles queued keys until none is waiting or the app quits (for tests and benchmarks).
  public func runUntilIdle() throws {
    try render()
    while !isFinished, let key = try terminal.readKey(timeoutMilliseconds: 0) {
      try handle(key)
    }
  }

  /// Handles one key as the loop would, then redraws.
  public func handle(_ key: Key) throws {
    if key == .resize {
      previous = nil
      try send(event: .resize(terminal.size))
    } else {
      try send(event: .key(key))
    }
  }

  /// Delivers a message directly (as if an effect had produced it), then redraws.
  public func send(_ message: A.Message) throws {
    var pending = [message]
    while !pending.isEmpty, !isFinished {
      let commands = app.update(&state, pending.removeFirst())
      for command in commands {
        switch command {
        case .quit: isFinished = true
        case .run(let effect): pending += try runEffect(effect)
        case .runSuspended(let effect):
          terminal.suspend()
          defer {
            terminal.resume()
            previous = nil
          }
          pending += try runEffect(effect)
        }
      }
    }
    if !isFinished { try render() }
  }

  private func send(event: Event) throws {
    if case .key(let key) = event, !terminal.size.contains(app.minimumSize) {
      // Nothing acts unseen behind the small-window notice; q still leaves.
      if key == .character("q") { isFinished = true }
      return
    }
    if let message = app.message(for: event, in: state) {
      try send(message)
    } else {
      try render()
    }
  }

  /// Draws the current state, sending only cells that changed since the last frame.
  public func render() throws {
    let frame = makeFrame(size: terminal.size)
    if let previous, previous.size == frame.size {
      try terminal.present(frame.diff(from: previous), cursor: frame.cursor, clear: false)
    } else {
      try terminal.present(frame.diff(from: nil), cursor: frame.cursor, clear: true)
    }
    previous = frame
  }

  /// The frame for `size`: the app's view, or the small-window notice.
  public func makeFrame(size: Size) -> Buffer {
    var frame = Buffer(size: size)
    if size.contains(app.minimumSize) {
      app.view(state, into: &frame)
    } else {
      SmallWindowNotice(needed: app.minimumSize, actual: size).render(into: &frame, area: frame.area)
      frame.cursor = nil
    }
    return frame
  }
}

import TUIKit

/// The workbench as a TUIKit `App`: keys become messages, `update` changes the state and returns
/// effects, `view` draws it. The composition root builds it with a monotonic clock (seconds) for
/// the meeting timer.
public struct AuditApp: App {
  private let clock: @Sendable () -> Int

  public init(clock: @escaping @Sendable () -> Int) {
    self.clock = clock
  }

  /// How often the runtime should tick, for the meeting timer.
  public static let tickMilliseconds = 500

  public func message(for event: Event, in state: AppState) -> AppMessage? {
    switch event {
    case .key(let key): .key(key)
    case .resize(let size): .resized(size)
    case .tick: .tick(seconds: clock())
    }
  }

  public func update(_ state: inout AppState, _ message: AppMessage) -> [Command<AppEffect>] {
    AppUpdate.update(&state, message)
  }

  public func view(_ state: AppState, into buffer: inout Buffer) {
    AppView.draw(state, into: &buffer)
  }

  /// The effects to run first: load the audit list and the lists pickers need.
  public static let startup: [AppEffect] = [.loadHome]
}

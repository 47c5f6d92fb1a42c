import CFAGDomain
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

  /// How often an idle screen asks whether someone else saved something (seconds).
  public static let changeCheckSeconds = 2

  /// Updates the state; every save is stamped with the log head the screen was loaded at, and
  /// a change saved elsewhere while a form was open is shown once it closes.
  public func update(_ state: inout AppState, _ message: AppMessage) -> [Command<AppEffect>] {
    let shown = state.status
    var commands = AppUpdate.update(&state, message).map { $0.basedOn(state.head) }
    if let status = state.status, status != shown { state.messages.record(status) }
    if state.overlay == nil, state.outOfDate != nil {
      state.outOfDate = nil
      commands += [.run(.refresh(auditID: state.audit?.record.audit.id))] + WorkflowRefresh.commands(state)
    }
    return commands
  }

  public func view(_ state: AppState, into buffer: inout Buffer) {
    AppView.draw(state, into: &buffer)
  }

  /// The effects to run first: load the audit list, then (after the first frame) the themes.
  public static let startup: [AppEffect] = [.loadHome, .loadThemes]
}

extension Command where Effect == AppEffect {
  /// The command, with an edit not yet stamped based on the view at `head`.
  func basedOn(_ head: LogSequence) -> Command<AppEffect> {
    guard case .run(.edit(let edit, let message, let undo, let origin, nil)) = self else { return self }
    return .run(.edit(edit, message: message, undo: undo, origin: origin, basis: head))
  }
}

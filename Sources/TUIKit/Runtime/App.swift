/// Something that happened: a key, a resize or a clock tick.
public enum Event: Hashable, Sendable {
  case key(Key)
  case resize(Size)
  case tick
}

/// What `update` asks the runtime to do next.
public enum Command<Effect> {
  /// Run an app effect through the app's effect runner.
  case run(Effect)
  /// Run an app effect with the terminal suspended (e.g. to open `$EDITOR`), then repaint.
  case runSuspended(Effect)
  /// Stop the runtime.
  case quit
}

extension Command: Sendable where Effect: Sendable {}

/// An Elm-style application: state changes only in `update`, which is pure and returns commands;
/// effects are app values executed by an app-provided runner whose results come back as messages.
public protocol App {
  associatedtype State
  associatedtype Message
  associatedtype Effect

  /// The smallest terminal the app can draw in; below it the runtime shows a message instead.
  var minimumSize: Size { get }

  /// Turns an event into a message, or nil to ignore it.
  func message(for event: Event, in state: State) -> Message?

  /// Applies a message to the state.
  func update(_ state: inout State, _ message: Message) -> [Command<Effect>]

  /// Draws the state. The buffer is blank and at least `minimumSize`.
  func view(_ state: State, into buffer: inout Buffer)
}

extension App {
  public var minimumSize: Size { Size(width: 80, height: 24) }
}

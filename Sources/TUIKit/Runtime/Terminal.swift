/// A screen the runtime draws on and reads keys from: the curses backend, or `HeadlessTerminal`.
public protocol Terminal: AnyObject {
  /// The current size; read it again after every `.resize` key.
  var size: Size { get }

  /// Draws the changed cells and shows the cursor at `cursor` (hidden when nil). With `clear`
  /// the screen is wiped first and `changes` cover the whole frame.
  func present(_ changes: [CellRun], cursor: Position?, clear: Bool) throws

  /// The next key, or nil when none arrives within `timeoutMilliseconds` (negative waits forever).
  /// Throws when the program must stop, for example on SIGTERM.
  func readKey(timeoutMilliseconds: Int) throws -> Key?

  /// Gives the terminal back to the shell (to run another program).
  func suspend()

  /// Takes the terminal again after `suspend`; the runtime then repaints everything.
  func resume()
}

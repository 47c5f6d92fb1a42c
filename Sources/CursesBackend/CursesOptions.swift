import TUIKit

/// How to open the curses terminal.
public struct CursesOptions: Sendable {
  /// Where output goes.
  public enum Output: Sendable {
    /// The real terminal: stdin/stdout.
    case terminal
    /// Nowhere visible: output goes to a temporary file whose size counts the bytes written, and
    /// input comes from /dev/null. For tests and benchmarks.
    case headless(size: Size)
  }

  /// Drop colours (bold/reverse only). Nil follows the `NO_COLOR` environment variable.
  public var monochrome: Bool?
  /// The terminal type; nil uses `TERM` (headless: `TERM` or `xterm-256color`).
  public var terminalType: String?
  /// Milliseconds to wait after Esc for the rest of an escape sequence.
  public var escapeDelay: Int
  public var output: Output

  public init(
    monochrome: Bool? = nil, terminalType: String? = nil, escapeDelay: Int = 25,
    output: Output = .terminal
  ) {
    self.monochrome = monochrome
    self.terminalType = terminalType
    self.escapeDelay = escapeDelay
    self.output = output
  }
}

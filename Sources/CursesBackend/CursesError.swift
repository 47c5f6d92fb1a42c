/// Why the curses terminal could not start or had to stop.
public enum CursesError: Error, Equatable, CustomStringConvertible {
  /// `newterm` failed, usually because `TERM` names a terminal without a terminfo entry.
  case cannotOpenTerminal(term: String)
  /// SIGINT, SIGTERM or SIGHUP arrived; the terminal has to be restored and the program end.
  case interrupted(signal: Int32)

  /// The conventional exit status: 128 + signal for interruptions, 1 otherwise.
  public var exitCode: Int32 {
    switch self {
    case .cannotOpenTerminal: 1
    case .interrupted(let signal): 128 + signal
    }
  }

  public var description: String {
    switch self {
    case .cannotOpenTerminal(let term):
      "cannot open the terminal: TERM=\(term) is unknown or unusable (try TERM=xterm-256color)"
    case .interrupted(let signal): "interrupted by signal \(signal)"
    }
  }
}

extension CursesTerminal {
  /// Opens the terminal, runs `body`, and restores the terminal on every way out.
  ///
  /// Returns the exit status: 0, or 128 + signal when SIGINT/SIGTERM/SIGHUP stopped it. Errors from
  /// `body` are rethrown after the terminal is restored; a bad `TERM` throws
  /// `CursesError.cannotOpenTerminal` before anything is drawn.
  public static func session(
    options: CursesOptions = CursesOptions(), _ body: (CursesTerminal) throws -> Void
  ) throws -> Int32 {
    try session(CursesTerminal(options: options), body)
  }

  /// As `session(options:_:)`, on a terminal opened already.
  public static func session(_ terminal: CursesTerminal, _ body: (CursesTerminal) throws -> Void) throws
    -> Int32
  {
    defer { terminal.close() }
    do {
      try body(terminal)
      return 0
    } catch CursesError.interrupted(let signal) {
      return 128 + signal
    }
  }
}

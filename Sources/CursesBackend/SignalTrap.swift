import CCurses

/// Catches SIGINT, SIGTERM and SIGHUP so the terminal can be restored before exiting.
///
/// The C side keeps its state in static variables of the shim header, so every call into it lives
/// in this one file (one object file, one copy of that state).
enum SignalTrap {
  /// Installs the handlers (before `newterm`, so ncurses leaves these signals to us) and saves the
  /// tty modes of `fd` for the emergency restore.
  static func install(ttyDescriptor fd: Int32) {
    cfag_trap_install(fd)
  }

  /// Puts the default handlers back.
  static func remove() {
    cfag_trap_remove()
  }

  /// The signal caught so far, if any.
  static var pending: Int32? {
    let signal = cfag_trap_pending()
    return signal == 0 ? nil : signal
  }
}

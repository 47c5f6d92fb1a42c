import CCurses
import TUIKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// TUIKit's `Terminal` on ncursesw: draws only the cells it is given, decodes keys, handles
/// resize, Ctrl-Z and signals, and restores the terminal in `close()` (also called on deinit).
public final class CursesTerminal: Terminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let output: UnsafeMutablePointer<FILE>
  private let input: UnsafeMutablePointer<FILE>
  private let ownsFiles: Bool
  private var painter: CellPainter
  private var isOpen = true

  /// Opens the terminal. Throws `CursesError.cannotOpenTerminal` naming `TERM` when it fails.
  public init(options: CursesOptions = CursesOptions()) throws {
    CursesTerminal.selectUTF8Locale()
    let env = { (name: String) in getenv(name).map { String(cString: $0) } }
    var type = options.terminalType ?? env("TERM")
    // A headless terminal's size, in LINES and COLUMNS only while curses reads them: left set, they
    // would size every program this process starts (a test's cfag in tmux among them).
    var restoreSize: () -> Void = {}
    switch options.output {
    case .terminal:
      output = cfag_stdout()
      input = cfag_stdin()
      ownsFiles = false
    case .headless(let size):
      guard let file = tmpfile(), let null = fopen("/dev/null", "r") else {
        throw CursesError.cannotOpenTerminal(term: type ?? "(unset)")
      }
      output = file
      input = null
      ownsFiles = true
      type = type ?? "xterm-256color"
      let saved = [("LINES", env("LINES")), ("COLUMNS", env("COLUMNS"))]
      restoreSize = {
        for (name, value) in saved {
          if let value { setenv(name, value, 1) } else { unsetenv(name) }
        }
      }
      setenv("LINES", String(max(1, size.height)), 1)
      setenv("COLUMNS", String(max(1, size.width)), 1)
      use_env(true)
    }
    if case .terminal = options.output { SignalTrap.install(ttyDescriptor: fileno(output)) }
    var opened: OpaquePointer?
    if let type, !type.isEmpty { opened = newterm(type, output, input) }
    restoreSize()
    guard type != nil, let screen = opened else {
      SignalTrap.remove()
      if ownsFiles {
        fclose(output)
        fclose(input)
      }
      throw CursesError.cannotOpenTerminal(term: type ?? "(unset)")
    }
    self.screen = screen
    _ = set_term(screen)
    window = cfag_stdscr()!
    let monochrome = options.monochrome ?? !(env("NO_COLOR") ?? "").isEmpty
    // The first frame repaints the screen whole (`present`'s `clear`); marked so now, colour pair
    // 0 redefined by `use_default_colors` is not searched for across the whole record of the
    // screen (a third of a million instructions at every start).
    _ = clearok(cfag_curscr(), true)
    painter = CellPainter(monochrome: monochrome)
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = set_escdelay(Int32(options.escapeDelay))
    if case .terminal = options.output {
      cfag_disable_flow_control(fileno(input))
      _ = def_prog_mode()
    }
    _ = curs_set(0)
  }

  deinit { close() }

  /// Restores the terminal (endwin) and the default signal handlers. Safe to call twice.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    _ = endwin()
    delscreen(screen)
    SignalTrap.remove()
    if ownsFiles {
      fclose(output)
      fclose(input)
    }
  }

  /// Whether colours are off (NO_COLOR, the option, or a terminal without colours).
  public var isMonochrome: Bool { painter.monochrome }

  /// Bytes sent to the output so far; meaningful for headless terminals (nil for a real one).
  public var bytesWritten: Int? {
    guard ownsFiles else { return nil }
    fflush(output)
    return Int(ftello(output))
  }

  public var size: Size {
    Size(width: Int(cfag_max_x(window)), height: Int(cfag_max_y(window)))
  }

  public func present(_ changes: [CellRun], cursor: Position?, clear: Bool) throws {
    if clear {
      _ = werase(window)
      // Set on curses' record of the screen, which the next refresh clears and repaints whole: a
      // colour pair first used while it is set is not searched for across that record.
      _ = clearok(cfag_curscr(), true)
    }
    for run in changes { painter.draw(run, on: window) }
    if let cursor {
      _ = curs_set(1)
      _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      _ = curs_set(0)
    }
    _ = wrefresh(window)
  }

  public func readKey(timeoutMilliseconds: Int) throws -> Key? {
    var waited = 0
    while true {
      if let signal = SignalTrap.pending { throw CursesError.interrupted(signal: signal) }
      let slice = timeoutMilliseconds < 0 ? 100 : min(100, timeoutMilliseconds - waited)
      wtimeout(window, Int32(max(0, slice)))
      var value: wint_t = 0
      let status = wget_wch(window, &value)
      if status != ERR { return KeyDecoder.key(status: status, value: UInt32(value)) }
      waited += slice
      if timeoutMilliseconds >= 0, waited >= timeoutMilliseconds {
        if let signal = SignalTrap.pending { throw CursesError.interrupted(signal: signal) }
        return nil
      }
    }
  }

  public func suspend() {
    _ = def_prog_mode()
    _ = endwin()
  }

  public func resume() {
    _ = reset_prog_mode()
    _ = clearok(window, true)
    _ = wrefresh(window)
  }

  /// Row `y` of curses' virtual screen as text (for headless checks).
  public func screenLine(_ y: Int) -> String {
    let width = size.width
    var characters = [wchar_t](repeating: 0, count: width + 1)
    _ = mvwinnwstr(window, Int32(y), 0, &characters, Int32(width))
    let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    var line = String(String.UnicodeScalarView(scalars))
    while line.last == " " { line.removeLast() }
    return line
  }

  /// Sets the character set (LC_CTYPE) from the environment, falling back to C.UTF-8 when that is
  /// not UTF-8: what curses reads of the locale (multibyte characters, their widths). The other
  /// categories stay "C", as in the commands: loading all twelve of C.UTF-8, each a file of its
  /// own, was some sixty system calls at every start.
  private static func selectUTF8Locale() {
    if setlocale(LC_CTYPE, "") == nil || cfag_codeset_is_utf8() == 0 {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}

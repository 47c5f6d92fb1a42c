import CCurses

/// The start-up floor's one screen: initialise ncurses, fill the terminal with a plausible list of
/// audits, paint it once, wait for a key (as `cfag` waits for `q`, so that the benchmark can read
/// its peak memory while it runs) and restore the terminal. What any ncurses program must do before
/// its first frame, with nothing of ours.
public enum FloorScreen {
  public static func paint() {
    _ = setlocale(LC_ALL, "")
    _ = initscr()
    let window = cfag_stdscr()
    let width = Int(cfag_cols())
    for row in 0..<Int(cfag_lines()) {
      let line = "Audits  CFAG-2026-\(row)  Children on Child in Need plans  2026-03-02  Signed off  6 cases"
      let padded = String(line.prefix(width)) + String(repeating: " ", count: max(0, width - line.count))
      _ = wmove(window, Int32(row), 0)
      _ = waddnstr(window, padded, -1)
    }
    _ = wrefresh(window)
    _ = cbreak()
    _ = noecho()
    _ = wgetch(window)
    _ = endwin()
  }
}

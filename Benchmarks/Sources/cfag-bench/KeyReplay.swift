import AuditTUI
import CFAGStore
import CursesBackend
import TUIKit

/// P2: replays 1,000 navigation and edit keys through the real runtime (update, view, diff) and
/// the curses backend writing to a headless 200×60 terminal, timing each key; then counts the
/// bytes ncurses writes for one cursor move against a full repaint.
struct KeyReplay {
  let workbench: Workbench

  func run() throws {
    let screen = try BenchScreen(workbench)
    let (terminal, runtime) = (screen.terminal, screen.runtime)
    defer { terminal.close() }
    let before = terminal.bytesWritten ?? 0
    try screen.start()
    let fullRepaint = (terminal.bytesWritten ?? 0) - before
    var moves: [Int] = []
    for key in [Key.down, .down, .down, .up, .down, .up, .up, .down] {
      let start = terminal.bytesWritten ?? 0
      try runtime.handle(key)
      moves.append((terminal.bytesWritten ?? 0) - start)
    }
    var times: [Double] = []
    for key in Self.script(count: 1000) {
      times.append(try Timing.milliseconds { try runtime.handle(key) })
    }
    Timing.figure("keys", Double(times.count))
    Timing.figure("key_p50_ms", Timing.percentile(50, of: times))
    Timing.figure("key_p99_ms", Timing.percentile(99, of: times))
    Timing.figure("key_max_ms", times.max() ?? 0)
    Timing.figure("move_bytes", Double(moves.reduce(0, +)) / Double(moves.count))
    Timing.figure("full_repaint_bytes", Double(fullRepaint))
    print("still_running \(!runtime.isFinished)")
  }

  /// Rounds of browsing: move through the audit list, search (typing and deleting), open an
  /// audit, move between its panes and cases, open a case and step through cases and returns,
  /// then back to the list. Never `q` on the home screen (it quits).
  static func script(count: Int) -> [Key] {
    var keys: [Key] = []
    var round = 0
    while keys.count < count {
      keys += Array(repeating: .down, count: 6 + round % 5) + [.up, .up, .pageDown, .pageUp]
      keys += [.character("/")] + "neglect".map { Key.character($0) }
      keys += Array(repeating: .backspace, count: 7) + [.escape]
      keys += [.enter, .tab, .down, .down, .tab, .backTab, .down, .enter]
      keys += [.character("n"), .character("]"), .character("]"), .character("["), .character("p")]
      keys += [.tab, .down, .down, .up, .escape, .escape, .escape, .home]
      round += 1
    }
    return Array(keys.prefix(count))
  }
}

import CFAGDomain
import Foundation

/// Progress for people on stderr: one line redrawn in place (what is being done, how far, about how
/// long is left), at most ten times a second. Only when stderr is a terminal: scripts, CI and
/// redirected stderr get nothing.
final class TerminalProgress: @unchecked Sendable {
  /// Guards every field below: reports may come from any thread.
  private let lock = NSLock()
  private let prefix: String
  private var task = ""
  private var started = Date()
  private var lastDrawn = Date.distantPast
  private var showing = false

  private init(prefix: String) { self.prefix = prefix }

  /// A reporter for the command `name`, and the progress line to clear when it ends; silent (and
  /// nil) when stderr is not a terminal.
  static func start(_ name: String) -> (reporter: ProgressReporter, line: TerminalProgress?) {
    guard isatty(STDERR_FILENO) == 1 else { return (.silent, nil) }
    let line = TerminalProgress(prefix: name)
    return (ProgressReporter { line.update($0) }, line)
  }

  private func update(_ update: ProgressUpdate) {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    if update.task != task {
      task = update.task
      started = now
    } else if now.timeIntervalSince(lastDrawn) < 0.1 && update.done != update.total {
      return
    }
    lastDrawn = now
    let text = Self.line(prefix: prefix, update, elapsed: now.timeIntervalSince(started))
    write("\r\u{1B}[K" + String(text.prefix(max(20, Self.width() - 1))))
    showing = true
  }

  /// Clears the progress line, so the command's own messages start on a clean line.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if showing { write("\r\u{1B}[K") }
    showing = false
  }

  /// `demo: playing the practice 1,234 of 27,000 (4%), about 2 min left`.
  static func line(prefix: String, _ update: ProgressUpdate, elapsed: TimeInterval) -> String {
    var text = "\(prefix): \(update.task)"
    guard let total = update.total, total > 0 else {
      return update.done > 0 ? text + " \(grouped(update.done))" : text + "..."
    }
    let done = min(update.done, total)
    text += " \(grouped(done)) of \(grouped(total)) (\(done * 100 / total)%)"
    if done > 0 && done < total && elapsed >= 1 {
      text += ", " + remaining(elapsed * Double(total - done) / Double(done))
    }
    return text
  }

  /// "about 40 s left", "about 3 min left".
  static func remaining(_ seconds: Double) -> String {
    if seconds < 60 { return "about \(max(1, Int(seconds.rounded()))) s left" }
    return "about \(Int((seconds / 60).rounded())) min left"
  }

  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return out
  }

  private static func width() -> Int {
    var size = winsize()
    return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
  }

  private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

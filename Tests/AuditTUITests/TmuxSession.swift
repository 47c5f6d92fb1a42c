import Foundation

/// The real `cfag` binary in a private tmux server, driven as a person would: send keys, type,
/// resize, and poll the screen for text (never sleeping for a fixed time).
final class TmuxSession {
  static var isAvailable: Bool { executable("tmux") != nil }

  let socket = "cfag-tui-\(UUID().uuidString.prefix(8))"
  let folder: URL
  let environment: [String: String]

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfag-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    environment = [
      "CFAG_DB": folder.appendingPathComponent("cfag.sqlite").path, "CFAG_TODAY": "2026-11-23",
      "CFAG_USER": "Tester", "CFAG_THEMES": Self.repository.appendingPathComponent("Themes").path,
      "HOME": folder.path, "TERM": "xterm-256color", "LANG": "C.UTF-8",
    ]
  }

  deinit { _ = try? tmux(["kill-server"]) }

  var databasePath: String { environment["CFAG_DB"]! }

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The `cfag` binary next to the test bundle (as the CLI tests find it).
  static var binary: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("cfag")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return repository.appendingPathComponent(".build/debug/cfag")
  }

  /// Starts (or restarts) the program in a window of `width`×`height`; the pane stays after it exits.
  func start(width: Int = 80, height: Int = 24) throws {
    if (try? tmux(["has-session", "-t", "main"])) == nil {
      try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"])
      try tmux(["set-option", "-t", "main", "remain-on-exit", "on"])
    }
    let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }
    try tmux([
      "respawn-pane", "-k", "-t", "main",
      "env " + variables.joined(separator: " ") + " '\(Self.binary.path)'",
    ])
  }

  func keys(_ names: String...) throws { try tmux(["send-keys", "-t", "main"] + names) }

  func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

  func resize(_ width: Int, _ height: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  var screen: String { (try? tmux(["capture-pane", "-p", "-t", "main"])) ?? "" }

  /// Polls the screen until it contains `text`; throws with the screen when it does not in time.
  @discardableResult
  func wait(for text: String, seconds: Double = 15) throws -> String {
    try wait(forAll: [text], seconds: seconds)
  }

  /// Waits until one capture shows every one of `texts`: a capture can fall between the lines of
  /// one frame, or show one part of the screen before the reload that changes another.
  func wait(forAll texts: [String], seconds: Double = 15) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let shown = screen
      if texts.allSatisfy(shown.contains) { return shown }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw TmuxError.timedOut(waitingFor: texts.joined(separator: " and "), screen: screen)
  }

  /// Kills the program with SIGKILL, as a crash or a closed laptop would.
  func killProgram() throws {
    let pid = try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    kill(pid_t(pid) ?? 0, SIGKILL)
    _ = try wait(forDead: true)
  }

  private func wait(forDead: Bool) throws -> Bool {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if try tmux(["display-message", "-p", "-t", "main", "#{pane_dead}"]).hasPrefix("1") { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw TmuxError.timedOut(waitingFor: "the program to end", screen: screen)
  }

  /// Runs tmux and returns what it printed, through `posix_spawn` and `waitpid` (Foundation's
  /// `Process` can miss the exit of a client whose server daemonises). Output goes to a file.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let tmux = Self.executable("tmux") else { throw TmuxError.failed(arguments) }
    let file = folder.appendingPathComponent("tmux-output-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([tmux.path, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // A clean signal state: a test runner may block or ignore signals (SIGWINCH among them),
    // and the tmux server and the program under test would inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    var all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid = pid_t()
    guard posix_spawn(&pid, tmux.path, &actions, &attributes, argv, environ) == 0 else {
      throw TmuxError.failed(arguments)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let data = (try? Data(contentsOf: file)) ?? Data()
    guard status == 0 else { throw TmuxError.failed(arguments) }
    return String(decoding: data, as: UTF8.self)
  }

  static func executable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}

enum TmuxError: Error, CustomStringConvertible {
  case timedOut(waitingFor: String, screen: String)
  case failed([String])

  var description: String {
    switch self {
    case .timedOut(let text, let screen): "timed out waiting for “\(text)”; the screen was:\n\(screen)"
    case .failed(let arguments): "tmux \(arguments.joined(separator: " ")) failed"
    }
  }
}

extension TmuxSession {
  /// From an empty database: a new audit on the first theme, its meeting date field open.
  func openTheMeetingDateOfANewAudit() throws {
    try start()
    try wait(for: "There are no audits")
    try keys("n")
    try wait(for: "1. Theme")
    try keys("Enter")
    try wait(for: "Now the meeting details")
    try keys("Enter")
    try wait(for: "YYYY-MM-DD")
  }

  /// From an empty database: a new audit on the first theme meeting on `date`, created, its
  /// empty case list shown.
  func createAudit(meeting date: String) throws {
    try openTheMeetingDateOfANewAudit()
    try type(date)
    try keys("Enter")
    try wait(for: "Meeting date:   \(date)")
    try keys("C-s")
    try wait(for: "Press a to add its cases")
  }
}

import Foundation

/// Runs the built `cfag` binary as a subprocess on its own temporary database.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The stdout parsed as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
  }

  let folder: URL
  var environment: [String: String]

  init(today: String = "2026-11-23") throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfag-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    environment = [
      "CFAG_DB": folder.appendingPathComponent("cfag.sqlite").path, "CFAG_TODAY": today,
      "CFAG_USER": "Tester",
      "CFAG_THEMES": Self.repository.appendingPathComponent("Themes").path, "HOME": folder.path,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8",
    ]
  }

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The `cfag` binary next to the test bundle.
  static var binary: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("cfag")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return repository.appendingPathComponent(".build/debug/cfag")
  }

  var databasePath: String { environment["CFAG_DB"]! }

  @discardableResult
  func run(_ arguments: [String], input: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }

  func run(_ line: String) throws -> Result { try run(Self.split(line)) }

  /// Splits a command line on spaces, honouring double quotes.
  static func split(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var started = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        started = true
      } else if character == " " && !quoted {
        if started { words.append(current) }
        current = ""
        started = false
      } else {
        current.append(character)
        started = true
      }
    }
    if started { words.append(current) }
    return words
  }

  /// Creates an audit of the child-in-need theme with six cases graded 1 / 4 / 1; returns its id.
  func gradedAudit() throws -> String {
    let id = try run(
      "audit create --theme child-in-need --date 2026-12-01 --chair \"Head of QA\" --agency police"
    )
    .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let grades = ["good", "RI", "requires-improvement", "requires improvement", "ri", "inadequate"]
    for (index, grade) in grades.enumerated() {
      let reference = "MC-\(1001 + index)"
      try run(["audit", "add-case", id, reference, "--reason", "chosen by hand"])
      try run([
        "grade", id, reference, "--grade", grade, "--rationale", "Rationale for \(reference)", "--finding",
        "late referral",
      ])
    }
    return id
  }
}

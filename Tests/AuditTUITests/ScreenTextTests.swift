import Foundation
import Testing

/// What the screens say: hints name the screen's keys, never a command to run in a shell.
@Suite struct ScreenTextTests {
  @Test func noScreenTextTellsThePersonToRunACommand() throws {
    let sources = TmuxSession.repository.appendingPathComponent("Sources/AuditTUI")
    let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    var found: [String] = []
    var scanned = 0
    for case let file as URL in files where file.pathExtension == "swift" {
      scanned += 1
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      for (number, line) in lines.enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//"), code.contains("\""), code.contains("cfag ") else { continue }
        found.append("\(file.lastPathComponent):\(number + 1): \(code)")
      }
    }
    #expect(scanned > 50)
    #expect(found.isEmpty, "screen text naming a command:\n\(found.joined(separator: "\n"))")
  }
}

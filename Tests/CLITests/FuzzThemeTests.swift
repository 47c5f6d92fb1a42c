import CFAGThemes
import Foundation
import Testing

/// Mutated copies of the bundled themes: the parser never crashes, refuses every broken file with at
/// least one error, and every diagnostic names the file and a line and column from 1.
struct FuzzThemeTests {
  static let inputs = 1_500

  static var bundled: [(name: String, text: String)] {
    let folder = CLIRunner.repository.appendingPathComponent("Themes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
      (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
    }
  }

  @Test func mutatedThemesGiveDiagnosticsNotCrashes() throws {
    let themes = Self.bundled
    try #require(themes.count >= 2)
    var generator = FuzzGenerator(seed: 0xC0FF_EE08)
    var refused = 0
    for index in 0..<Self.inputs {
      let (name, original) = generator.pick(themes)
      var lines = original.components(separatedBy: "\n")
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        Self.mutate(&lines, &generator)
      }
      let file = "fuzz-\(index)-\(name)"
      let result = ThemeParser.parse(lines.joined(separator: "\n"), file: file)
      if result.theme == nil {
        refused += 1
        #expect(!result.errors.isEmpty, "input \(index) refused without an error")
      }
      for diagnostic in result.diagnostics {
        #expect(diagnostic.file == file, "input \(index): \(diagnostic)")
        #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "input \(index): \(diagnostic)")
        #expect(!diagnostic.message.isEmpty, "input \(index): empty message")
      }
    }
    #expect(refused > Self.inputs / 2)
  }

  static let tokens = [
    "", "~", "null", "[", "]", "{", "{ a: b }", "- x", "&anchor x", "*alias", "!!binary AAAA", "? key",
    "99999999999999999999", "-1", "1e400", "0x1F", "yes", "no", "'unterminated", "\"unterminated", "key:",
    ": value", "|", ">", "---", "...", "%YAML 1.2", "\t", "#", "id: duplicate",
  ]

  /// One random change to the file's lines.
  static func mutate(_ lines: inout [String], _ generator: inout FuzzGenerator) {
    guard !lines.isEmpty else {
      lines = [generator.pick(tokens)]
      return
    }
    let at = Int.random(in: 0..<lines.count, using: &generator)
    switch Int.random(in: 0..<9, using: &generator) {
    case 0: lines.remove(at: at)
    case 1: lines.insert(lines[at], at: at)
    case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &generator))
    case 3: lines[at] = "  " + lines[at]
    case 4: lines[at] = String(lines[at].drop { $0 == " " })
    case 5: lines[at] += " " + generator.pick(tokens)
    case 6:
      if let colon = lines[at].firstIndex(of: ":") {
        lines[at] = lines[at][...colon] + " " + generator.pick(tokens)
      }
    case 7:
      var characters = Array(lines[at])
      if !characters.isEmpty {
        characters[Int.random(in: 0..<characters.count, using: &generator)] =
          generator.text(length: 1).first ?? "?"
      }
      lines[at] = String(characters)
    default: lines = Array(lines.prefix(at)) + [String(lines[at].prefix(lines[at].count / 2))]
    }
  }
}

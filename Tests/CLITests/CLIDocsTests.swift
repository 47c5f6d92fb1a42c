import Foundation
import Testing

/// docs/cli.md documents every command's JSON shape; this runs each documented command and checks
/// that the keys it prints are exactly the documented ones.
struct CLIDocsTests {
  struct Example {
    var command: String
    var json: Any
  }

  static func examples() throws -> [Example] {
    let text = try String(
      contentsOf: CLIRunner.repository.appendingPathComponent("docs/cli.md"), encoding: .utf8)
    var examples: [Example] = []
    var pending: String?
    var block: [String]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if let command = pending, block == nil, line.hasPrefix("```json") {
        block = []
        _ = command
      } else if block != nil, line.hasPrefix("```") {
        let data = Data(block!.joined(separator: "\n").utf8)
        examples.append(Example(command: pending!, json: try JSONSerialization.jsonObject(with: data)))
        pending = nil
        block = nil
      } else if block != nil {
        block!.append(line)
      } else if line.hasPrefix("<!-- cli-json: ") {
        pending = String(line.dropFirst("<!-- cli-json: ".count).dropLast(" -->".count))
      }
    }
    return examples
  }

  /// Every key path in a JSON value; arrays contribute their elements' keys. Keys documented as
  /// null are optional.
  static func keyPaths(_ value: Any, prefix: String = "") -> (all: Set<String>, optional: Set<String>) {
    var all = Set<String>()
    var optional = Set<String>()
    if let object = value as? [String: Any] {
      for (key, child) in object {
        let path = prefix + "." + key
        all.insert(path)
        if child is NSNull { optional.insert(path) }
        let nested = keyPaths(child, prefix: path)
        all.formUnion(nested.all)
        optional.formUnion(nested.optional)
      }
    } else if let array = value as? [Any] {
      for element in array {
        let nested = keyPaths(element, prefix: prefix + "[]")
        all.formUnion(nested.all)
        optional.formUnion(nested.optional)
      }
    }
    return (all, optional)
  }

  @Test func everyDocumentedShapeMatchesTheProgram() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 8)
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    try cli.run(["audit", "edit", audit, "--returns-due", "2026-11-27"])
    try cli.run(["escalate", audit, "MC-1005", "--reason", "r", "--owner", "police", "--lead", "DS"])
    try cli.run(["recommend", audit, "--text", "First", "--finding", "late-referral"])
    for example in examples {
      let result = try cli.run(example.command.replacingOccurrences(of: "{audit}", with: audit))
      #expect(result.status == 0, "\(example.command): \(result.stderr)")
      let actual = Self.keyPaths(try result.json()).all
      let documented = Self.keyPaths(example.json)
      let undocumented = actual.subtracting(documented.all)
      let missing = documented.all.subtracting(documented.optional).subtracting(actual)
      #expect(
        undocumented.isEmpty,
        "\(example.command) prints keys docs/cli.md does not show: \(undocumented.sorted())")
      #expect(
        missing.isEmpty, "docs/cli.md shows keys \(example.command) does not print: \(missing.sorted())")
    }
  }
}

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

  /// Every key path in a JSON value (`.cases[].grade`); arrays contribute their elements' keys.
  static func keyPaths(_ value: Any, prefix: String = "") -> [String: Any] {
    var paths: [String: Any] = [:]
    if let object = value as? [String: Any] {
      for (key, child) in object {
        paths[prefix + "." + key] = child
        paths.merge(keyPaths(child, prefix: prefix + "." + key)) { first, _ in first }
      }
    } else if let array = value as? [Any] {
      for element in array {
        paths.merge(keyPaths(element, prefix: prefix + "[]")) { first, _ in first }
      }
    }
    return paths
  }

  /// What docs/cli.md says about one command's keys: a `null` marks a key that may be absent, and
  /// an empty object `{}` a map whose keys are data (domain ids, table names), not checked.
  struct Shape {
    var keys: Set<String>
    var optional: Set<String>
    var dataMaps: Set<String>

    init(_ example: Any) {
      let paths = CLIDocsTests.keyPaths(example)
      keys = Set(paths.keys)
      optional = Set(paths.filter { $0.value is NSNull }.keys)
      dataMaps = Set(paths.filter { ($0.value as? [String: Any])?.isEmpty == true }.keys)
    }

    /// The printed key paths, leaving out those inside data maps.
    func printed(_ json: Any) -> Set<String> {
      Set(
        CLIDocsTests.keyPaths(json).keys.filter { path in
          !dataMaps.contains { path.hasPrefix($0 + ".") }
        })
    }
  }

  /// The fixture the examples run on, and the words that stand for its ids in docs/cli.md:
  /// `{audit}` (six cases added by hand and graded), `{prepared}` (sampled from a candidate list,
  /// with returns, grades, a recommendation and an action `{action}`), `{planning}` (an audit not
  /// yet sampled), `{empty}` (a database file not yet made) and `{tampered}` (a backup changed
  /// behind the program's back, which `verify` must fail).
  static func fixture(_ cli: CLIRunner) throws -> [String: String] {
    let audit = try cli.gradedAudit()
    try cli.succeed(["audit", "edit", audit, "--returns-due", "2026-11-27"])
    try cli.succeed(["escalate", audit, "MC-1005", "--reason", "r", "--owner", "police", "--lead", "DS"])
    try cli.succeed(["recommend", audit, "--text", "First", "--finding", "late-referral"])
    let prepared = try cli.preparedAudit()
    let planning = try cli.succeed(["audit", "create", "--theme", "child-in-need", "--date", "2027-02-01"])
    let tampered = cli.folder.appendingPathComponent("tampered.sqlite").path
    try cli.succeed(["backup", "--out", tampered])
    try cli.tamper("UPDATE assessment SET overall_grade = 'good'", database: tampered)
    return [
      "{audit}": audit, "{prepared}": prepared.id, "{action}": prepared.action, "{planning}": planning,
      "{empty}": cli.folder.appendingPathComponent("empty.sqlite").path, "{tampered}": tampered,
    ]
  }

  /// Keys that are grades, written as grades are everywhere (`themes show` maps each grade to its
  /// descriptor); every other key is snake_case.
  static let gradeKeys: Set<String> = ["good", "requires-improvement", "inadequate"]

  @Test func everyDocumentedShapeMatchesTheProgram() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 20)
    let cli = try CLIRunner()
    let ids = try Self.fixture(cli)
    for example in examples {
      let line = ids.reduce(example.command) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
      let result = try cli.run(line)
      let failing = example.command.contains("{tampered}")
      #expect(result.status == (failing ? 1 : 0), "\(example.command): \(result.stderr)")
      let shape = Shape(example.json)
      let actual = shape.printed(try result.json())
      let undocumented = actual.subtracting(shape.keys)
      let missing = shape.keys.subtracting(shape.optional).subtracting(actual)
      #expect(
        undocumented.isEmpty,
        "\(example.command) prints keys docs/cli.md does not show: \(undocumented.sorted())")
      #expect(
        missing.isEmpty, "docs/cli.md shows keys \(example.command) does not print: \(missing.sorted())")
      let notSnakeCase = actual.filter { path in
        path.split(separator: ".").map { $0.replacingOccurrences(of: "[]", with: "") }.contains {
          $0.contains(/[^a-z0-9_]/) && !Self.gradeKeys.contains($0)
        }
      }
      #expect(
        notSnakeCase.isEmpty, "\(example.command) prints keys not in snake_case: \(notSnakeCase.sorted())")
    }
  }
}

import CFAGDomain
import Foundation
import Testing

@testable import cfag

/// Generated command lines and argument values: parsing never crashes, every rejection names the
/// argument, and a sample run through the real binary ends with a message, never a trap.
struct FuzzArgumentTests {
  static let inputs = 5_000
  /// Fewer whole command lines: each parse builds every command's definition.
  static let commandLines = 150

  static let commands: [[String]] = [
    ["audit", "create", "--theme", "child-in-need", "--date"], ["audit", "edit", "CFAG-2026-01", "--date"],
    ["audit", "create", "--theme", "x", "--date", "2026-01-01", "--returns-due"],
    ["grade", "CFAG-2026-01", "MC-1001", "--rationale", "r", "--grade"],
    ["grade", "CFAG-2026-01", "MC-1001", "--grade", "good", "--rationale", "r", "--domain"],
    ["escalate", "CFAG-2026-01", "MC-1001", "--reason", "r", "--owner", "police", "--lead", "l", "--due"],
    ["audit", "add-case", "CFAG-2026-01"], ["log", "--audit"], ["purge", "--before"], ["restore"],
    ["audit", "show"], ["recommend", "edit"], ["actions", "add", "--lead", "l", "--text", "t", "--due"],
  ]

  static let dates = [
    "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01", "2026-01-32", "", " ",
    "２０２６-０１-０１", "2026-01-01T00:00", "9999-12-31", "0000-01-01", "-2026-01-01", "2026/01/01",
  ]
  static let grades = [
    "good", "GOOD", "RI", "ri", "requires improvement", "requires-improvement", "inadequate", "n/a", "bad",
    "goodd", "", "good\u{0}", "😀",
  ]

  static func value(_ generator: inout FuzzGenerator) -> String {
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: generator.pick(Self.dates)
    case 1: generator.pick(Self.grades)
    case 2: "MC-" + String(Int.random(in: -5...99_999_999, using: &generator))
    default: generator.text(length: 30)
    }
  }

  @Test func generatedCommandLinesParseOrExplain() {
    var generator = FuzzGenerator(seed: 0x00C1_1F00)
    var rejected = 0
    for index in 0..<Self.commandLines {
      var arguments = generator.pick(Self.commands)
      arguments.append(Self.value(&generator))
      if generator.chance(30) {
        arguments.append(generator.pick(["--json", "--as", "--db", "-x", "--", "="]))
      }
      if generator.chance(20) { arguments.append(Self.value(&generator)) }
      do {
        _ = try CFAG.parseAsRoot(arguments)
      } catch {
        rejected += 1
        let message = CFAG.message(for: error)
        #expect(!message.isEmpty, "input \(index) \(arguments): no message")
      }
    }
    #expect(rejected > 0)
  }

  @Test func argumentValuesParseToWhatTheySay() {
    var generator = FuzzGenerator(seed: 0xDA7E_5EED)
    for _ in 0..<Self.inputs {
      let text = generator.chance(50) ? generator.pick(Self.dates + Self.grades) : generator.text(length: 20)
      if let day = Day(argument: text) {
        #expect(Day(iso: day.iso) == day)
      }
      if let grade = Grade(argument: text) {
        #expect(Grade(argument: grade.rawValue) == grade)
      }
      if let assignment = Assignment(argument: text) {
        #expect(!assignment.key.isEmpty)
      }
      if let reference = try? CaseReference(validating: text) {
        #expect(PersonalDataDetector.identifierKind(reference.value) == nil)
      }
    }
  }

  @Test func badValuesThroughTheBinaryEndWithAMessageNeverATrap() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    var generator = FuzzGenerator(seed: 0xB1_0A5E)
    for index in 0..<24 {
      let arguments: [String] =
        switch index % 4 {
        case 0:
          [
            "grade", audit, generator.text(length: 12), "--grade", generator.pick(Self.grades), "--rationale",
            generator.text(length: 40),
          ]
        case 1:
          ["audit", "add-case", audit, generator.text(length: 14), "--reason", generator.text(length: 10)]
        case 2: ["purge", "--before", generator.pick(Self.dates), "--dry-run"]
        default: ["log", "--audit", generator.text(length: 10), "--json"]
        }
      let result = try cli.run(arguments)
      #expect(
        result.status == 0 || result.status == 1 || result.status == 64, "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
      if result.status != 0 { #expect(result.stderr.contains("Error:"), "\(arguments): \(result.stderr)") }
    }
    #expect(try cli.run(["verify"]).status == 0)
  }
}

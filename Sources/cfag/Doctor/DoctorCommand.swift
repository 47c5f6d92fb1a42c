import ArgumentParser
import Foundation

/// `cfag doctor`: checks everything a session needs, all at once, and says how to fix each problem.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check the terminal, locale, database, themes and settings, and say how to fix each problem.",
    discussion: """
      Reads only: the database is opened read-only and nothing is created. Exits 0 when nothing \
      blocks use (warnings and notes may remain), 1 when something does.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let facts = try DoctorFacts.gather(options: global, variables: ProcessInfo.processInfo.environment)
    let findings = DoctorChecks.all(facts)
    let blocked = DoctorChecks.blocks(findings)
    if global.json {
      JSONOutput.print(
        DoctorJSON(
          version: facts.version, schemaVersion: facts.schemaVersion, ok: !blocked, findings: findings))
    } else {
      print(DoctorText.render(version: ProgramVersion.text, findings: findings))
    }
    if blocked { throw ExitCode.failure }
  }
}

struct DoctorJSON: Encodable {
  var version: String
  var schemaVersion: Int
  var ok: Bool
  var findings: [DoctorFinding]
}

/// `cfag doctor` for people: findings grouped by area, each with its fix, then a verdict.
enum DoctorText {
  static let areas = [
    ("terminal", "Terminal"), ("locale", "Locale"), ("database", "Database"), ("themes", "Themes"),
    ("settings", "Settings"),
  ]

  static func render(version: String, findings: [DoctorFinding]) -> String {
    var lines = [version]
    for (area, title) in areas {
      let here = findings.filter { $0.area == area }
      guard !here.isEmpty else { continue }
      lines.append("")
      lines.append(title)
      for finding in here {
        let label = finding.level.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        lines.append("  \(label)\(finding.message)")
        if !finding.fix.isEmpty { lines.append("           fix: \(finding.fix)") }
      }
    }
    lines.append("")
    let problems = findings.filter { $0.level == .problem }.count
    let warnings = findings.filter { $0.level == .warning }.count
    if problems > 0 {
      lines.append(
        "\(problems) problem\(problems == 1 ? "" : "s") must be fixed before cfag can be used"
          + (warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s") too." : "."))
    } else if warnings > 0 {
      lines.append("Ready to use; \(warnings) warning\(warnings == 1 ? "" : "s") worth fixing.")
    } else {
      lines.append("Ready to use.")
    }
    return lines.joined(separator: "\n")
  }
}

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
      Output.print(
        DoctorText.render(version: ProgramVersion.text, findings: findings, width: Self.terminalWidth()))
    }
    if blocked { throw ExitCode.failure }
  }

  /// The width to wrap to when stdout is a terminal; nil (no wrapping) for files and pipes.
  static func terminalWidth() -> Int? {
    var size = winsize()
    guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0
    else { return nil }
    return Int(size.ws_col)
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

  /// The findings as text; with a `width`, long lines wrap under their own text.
  static func render(version: String, findings: [DoctorFinding], width: Int? = nil) -> String {
    var lines = [version]
    for (area, title) in areas {
      let here = findings.filter { $0.area == area }
      guard !here.isEmpty else { continue }
      lines.append("")
      lines.append(title)
      for finding in here {
        let label = finding.level.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        lines += wrap("  \(label)\(finding.message)", width: width, indent: 11)
        if !finding.fix.isEmpty { lines += wrap("           fix: \(finding.fix)", width: width, indent: 16) }
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

  /// Breaks `line` at spaces so no piece is wider than `width`, continuing under `indent` spaces.
  static func wrap(_ line: String, width: Int?, indent: Int) -> [String] {
    guard let width, width > indent + 20, line.count > width else { return [line] }
    var lines: [String] = []
    var current = ""
    for word in line.split(separator: " ", omittingEmptySubsequences: false) {
      if !current.trimmingCharacters(in: .whitespaces).isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = String(repeating: " ", count: indent) + word
      } else {
        current += (current.isEmpty ? "" : " ") + word
      }
    }
    lines.append(current)
    return lines
  }
}

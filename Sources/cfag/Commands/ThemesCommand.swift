import ArgumentParser
import CFAGDomain
import CFAGThemes
import Foundation

struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "The audit themes: plain YAML files under Themes/.",
    subcommands: [ThemesList.self, ThemesShow.self, ThemesCheck.self, ThemesInstall.self],
    defaultSubcommand: ThemesList.self)
}

struct ThemesList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the themes, and which file each was read from.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let library = try AppEnvironment(global).themeLibrary()
    for diagnostic in library.diagnostics where diagnostic.isError { Output.warn(diagnostic.description) }
    if global.json { return JSONOutput.print(library.entries.map(ThemeEntryJSON.init)) }
    if library.entries.isEmpty {
      Output.done("no themes found in: \(library.searchPath.folders.map(\.url.path).joined(separator: ", "))")
      return
    }
    Output.print(
      TextTable.render(
        header: ["ID", "VERSION", "TITLE", "FILE"],
        rows: library.entries.map { entry in
          let shadow =
            entry.shadowed.isEmpty
            ? "" : " (overrides \(entry.shadowed.map(\.file.path).joined(separator: ", ")))"
          return [entry.theme.id, "v\(entry.theme.version)", entry.theme.title, entry.file.path + shadow]
        }))
  }
}

struct ThemesShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a theme: criteria, domains, questions, guidance and grades.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The theme id.") var id: String

  func run() throws {
    let theme = try AppEnvironment(global).theme(id)
    if global.json { return JSONOutput.print(ThemeJSON(theme)) }
    var lines = [
      "\(theme.title)  (\(theme.id) v\(theme.version))", "", theme.description.trimmingWhitespace, "",
    ]
    lines.append("Reports say: \"the themed audit of \(theme.reportSubject)\"")
    lines.append("Cases qualify when: " + theme.criteria.map(\.description).joined(separator: "; "))
    lines.append("")
    for grade in Grade.allCases {
      lines.append("\(grade.label): \(theme.gradeDescriptors[grade] ?? "")")
    }
    for (index, domain) in theme.domains.enumerated() {
      lines.append("")
      lines.append("\(index + 1). \(domain.title)  [\(domain.id)]")
      for question in domain.questions {
        lines.append("   - \(question.text)  [\(question.id), \(question.answerType.rawValue)]")
        if !question.guidance.isEmpty { lines.append("     Good looks like: \(question.guidance)") }
      }
    }
    Output.print(lines.joined(separator: "\n"))
  }
}

struct ThemesCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check theme files (default: every theme the program would load); errors as file:line:column.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Theme files to check.") var paths: [String] = []

  func run() throws {
    let diagnostics: [ThemeDiagnostic]
    let count: Int
    if paths.isEmpty {
      let library = try AppEnvironment(global).themeLibrary()
      diagnostics = library.diagnostics
      count = library.entries.count
    } else {
      let results = paths.map { ThemeParser.parse(contentsOf: URL(fileURLWithPath: $0)) }
      diagnostics = results.flatMap(\.diagnostics)
      count = results.filter(\.isValid).count
    }
    for diagnostic in diagnostics.sortedByPosition() { Output.standardError(diagnostic.description) }
    let errors = diagnostics.filter(\.isError).count
    if errors > 0 {
      Output.standardError(
        "\(errors) error\(errors == 1 ? "" : "s"); \(count) theme\(count == 1 ? "" : "s") valid")
      throw ExitCode.failure
    }
    Output.done("ok: \(count) theme\(count == 1 ? "" : "s") checked, no errors")
  }
}

struct ThemesInstall: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install", abstract: "Check theme files and copy them into the partnership's themes folder.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Theme files to install.") var files: [String]
  @Flag(help: "Replace an installed theme with the same id.") var force = false

  func run() throws {
    let env = try AppEnvironment(global)
    let folder = env.themeSearchPath.installFolder
    let report = ThemeInstaller.install(
      files: files.map { URL(fileURLWithPath: $0) }, into: folder, replace: force)
    for refused in report.refused {
      for diagnostic in refused.diagnostics { Output.standardError(diagnostic.description) }
    }
    for warning in report.warnings { Output.warn(warning.description) }
    for installed in report.installed {
      Output.done(
        "installed \(installed.id) as \(installed.destination.path)\(installed.replaced ? " (replaced)" : "")"
      )
    }
    if !report.succeeded { throw ExitCode.failure }
  }
}

struct ThemeEntryJSON: Encodable {
  var id: String
  var title: String
  var version: Int
  var file: String
  var source: String
  var overrides: [String]

  init(_ entry: ThemeLibrary.Entry) {
    id = entry.theme.id
    title = entry.theme.title
    version = entry.theme.version
    file = entry.file.path
    source = entry.source.rawValue
    overrides = entry.shadowed.map(\.file.path)
  }
}

struct ThemeJSON: Encodable {
  struct QuestionJSON: Encodable {
    var id: String
    var text: String
    var answer: String
    var goodLooksLike: String
  }
  struct DomainJSON: Encodable {
    var id: String
    var title: String
    var questions: [QuestionJSON]
  }
  var id: String
  var title: String
  var version: Int
  var description: String
  var reportSubject: String
  var criteria: [String]
  var grades: [String: String]
  var domains: [DomainJSON]

  init(_ theme: Theme) {
    id = theme.id
    title = theme.title
    version = theme.version
    description = theme.description
    reportSubject = theme.reportSubject
    criteria = theme.criteria.map(\.description)
    grades = Dictionary(uniqueKeysWithValues: theme.gradeDescriptors.map { ($0.key.rawValue, $0.value) })
    domains = theme.domains.map { domain in
      DomainJSON(
        id: domain.id, title: domain.title,
        questions: domain.questions.map {
          QuestionJSON(id: $0.id, text: $0.text, answer: $0.answerType.rawValue, goodLooksLike: $0.guidance)
        })
    }
  }
}

import ArgumentParser
import CFAGDomain

/// `cfag settings`: who the partnership's documents are from and for, and their protective
/// marking; set once, printed on the cover of every report.
struct SettingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings",
    abstract: "Show or set the document settings: partnership, report to, author, protective marking.",
    discussion: """
      With no option, shows the settings and the file that holds them. Each option sets one value
      (an empty value clears it; an empty marking goes back to \(DocumentSettings.defaultMarking)).
      Every report then carries them on its cover, with its issue date and version, and the marking
      in its header and footer.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The partnership's name, as on the cover.") var partnership: String?
  @Option(help: "Who the reports go to, such as \"MSCP Executive\".") var reportTo: String?
  @Option(help: "Who writes them, such as \"Business Manager, MSCP\".") var author: String?
  @Option(help: "The protective marking (default \(DocumentSettings.defaultMarking)).") var marking: String?

  func run() throws {
    let environment = try AppEnvironment(global).variables
    var settings = try SettingsFile.read(environment: environment)
    let changes = [partnership, reportTo, author, marking].compactMap { $0 }
    if let partnership { settings.partnership = partnership.trimmingWhitespace }
    if let reportTo { settings.reportTo = reportTo.trimmingWhitespace }
    if let author { settings.author = author.trimmingWhitespace }
    if let marking {
      let trimmed = marking.trimmingWhitespace
      settings.marking = trimmed.isEmpty ? DocumentSettings.defaultMarking : trimmed
    }
    if !changes.isEmpty { try SettingsFile.write(settings, environment: environment) }
    let unset = "(not set)"
    Output.print("Partnership:        \(settings.partnership.isEmpty ? unset : settings.partnership)")
    Output.print("Report to:          \(settings.reportTo.isEmpty ? unset : settings.reportTo)")
    Output.print("Author:             \(settings.author.isEmpty ? unset : settings.author)")
    Output.print("Protective marking: \(settings.marking)")
    Output.print("File:               \(SettingsFile.path(environment: environment))")
    if !changes.isEmpty { Output.done("saved the document settings") }
  }
}

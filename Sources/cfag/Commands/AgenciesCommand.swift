import ArgumentParser
import CFAGDomain
import CFAGStore

struct AgenciesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agencies", abstract: "The partnership's agency list.",
    subcommands: [AgenciesList.self, AgenciesAdd.self, AgenciesRename.self, AgenciesRetire.self],
    defaultSubcommand: AgenciesList.self)
}

struct AgenciesList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the agencies.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Include retired agencies.") var all = false

  func run() throws {
    let agencies = try AppEnvironment(global).workbench(readOnly: true).agencyDirectory().agencies.filter {
      all || !$0.retired
    }
    if global.json { return JSONOutput.print(agencies.map(AgencyJSON.init)) }
    Output.print(
      TextTable.render(
        header: ["ID", "SHORT", "KIND", "NAME"],
        rows: agencies.map {
          [$0.id, $0.shortName, $0.kind.rawValue + ($0.retired ? " (retired)" : ""), $0.name]
        }))
  }
}

struct AgenciesAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add an agency; prints its id.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The agency's full name.") var name: String
  @Option(help: "The short name people use.") var short: String?
  @Flag(help: "One of the three statutory safeguarding partners.") var partner = false

  func run() throws {
    let agency = try AppEnvironment(global).workbench().addAgency(
      name: name, shortName: short, kind: partner ? .partner : .relevant)
    Output.created(agency.id, json: global.json)
    Output.done("added agency \(agency.name)")
  }
}

struct AgenciesRename: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rename", abstract: "Rename an agency (its id and history stay).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The agency (id, name or short form).") var agency: String
  @Option(help: "The new full name.") var name: String?
  @Option(help: "The new short name.") var short: String?

  func run() throws {
    try AppEnvironment(global).workbench().renameAgency(agency, name: name, shortName: short)
    Output.done("renamed \(agency)")
  }
}

struct AgenciesRetire: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retire", abstract: "Retire an agency: kept in history, no longer offered.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The agency (id, name or short form).") var agency: String

  func run() throws {
    try AppEnvironment(global).workbench().retireAgency(agency)
    Output.done("retired \(agency)")
  }
}

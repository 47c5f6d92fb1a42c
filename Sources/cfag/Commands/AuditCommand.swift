import ArgumentParser
import CFAGDomain
import CFAGStore

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit", abstract: "Create, list, show, change and sign off audits.",
    subcommands: [
      AuditCreate.self, AuditList.self, AuditShow.self, AuditEdit.self, AuditDelete.self, AuditAddCase.self,
      AuditRemoveCase.self, AuditSample.self, AuditReplace.self, AuditSignOff.self, AuditAmend.self,
    ])
}

struct AuditCreate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "create", abstract: "Create an audit of a theme; prints the new audit's id.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The theme id (see `cfag themes list`).") var theme: String
  @Option(help: "The meeting date.") var date: Day
  @Option(help: "The audit's title (default: the theme's title and the date).") var title: String?
  @Option(help: "Who chairs the panel.") var chair: String?
  @Option(name: .customLong("agency"), help: "A panel agency (repeat for each; short forms accepted).")
  var agencies: [String] = []
  @Option(help: "When agencies' returns are due back.") var returnsDue: Day?

  func run() throws {
    for (option, value) in [("--title", title), ("--chair", chair)]
    where value?.trimmingWhitespace.isEmpty == true {
      throw CLIError("\(option) is empty: give the text, or leave \(option) out")
    }
    let env = try AppEnvironment(global)
    let theme = try env.theme(theme)
    let id = try env.workbench().createAudit(
      theme: theme,
      details: AuditDetails(
        title: title, meetingDate: date, chair: chair, panelAgencies: agencies, returnsDue: returnsDue))
    Output.created(id, json: global.json)
    Output.done("created audit \(id): \(theme.title), meeting \(date.iso)")
  }
}

struct AuditList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List audits, newest first.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let summaries = try AppEnvironment(global).workbench(readOnly: true).auditSummaries()
    if global.json { return JSONOutput.print(summaries.map(AuditSummaryJSON.init)) }
    if summaries.isEmpty {
      return Output.done("no audits yet; create one with: cfag audit create --theme ID --date YYYY-MM-DD")
    }
    let rows = summaries.map {
      [$0.id.rawValue, $0.meetingDate.iso, $0.stage.label, $0.distribution.progress, $0.themeTitle]
    }
    Output.print(TextTable.render(header: ["ID", "MEETING", "STAGE", "PROGRESS", "THEME"], rows: rows))
  }
}

struct AuditShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show an audit, its cases and its figures.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID

  func run() throws {
    let record = try AppEnvironment(global).workbench(readOnly: true).record(audit)
    if global.json { return JSONOutput.print(AuditJSON(record)) }
    Output.print(AuditText.render(record))
  }
}

struct AuditEdit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Change an audit's title, date, chair, panel or returns deadline (before sign-off).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option var title: String?
  @Option var date: Day?
  @Option var chair: String?
  @Option(name: .customLong("agency"), help: "The panel agencies (replaces the list; repeat for each).")
  var agencies: [String] = []
  @Option(help: "When agencies' returns are due back.") var returnsDue: Day?

  func run() throws {
    try AppEnvironment(global).workbench().editAudit(
      audit,
      details: AuditDetails(
        title: title, meetingDate: date, chair: chair, panelAgencies: agencies.isEmpty ? nil : agencies,
        returnsDue: returnsDue))
    Output.done("updated audit \(audit)")
  }
}

struct AuditDelete: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete an audit and its records (before sign-off; logged).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "Why it is deleted (kept in the change log).") var reason: String?

  func run() throws {
    try AppEnvironment(global).workbench().deleteAudit(audit, reason: reason)
    Output.done("deleted audit \(audit)")
  }
}

struct AuditAddCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-case", abstract: "Add a case by hand (recorded as not random).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case's pseudonymous reference.") var reference: String
  @Option(help: "Why it is added by hand.") var reason: String
  @Option(help: "Plan type, if not on the candidate list (e.g. child-in-need).") var planType: String?
  @Option(help: "Age band, if not on the candidate list (e.g. 5-9).") var ageBand: String?

  func run() throws {
    let plan = try planType.map { text in
      guard let plan = PlanType(parsing: text) else {
        throw CLIError(
          "--plan-type \(text): use one of \(PlanType.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return plan
    }
    let band = try ageBand.map { text in
      guard let band = AgeBand(parsing: text) else {
        throw CLIError(
          "--age-band \(text): use one of \(AgeBand.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return band
    }
    try AppEnvironment(global).workbench().addCase(
      audit, reference: reference, reason: reason, planType: plan, ageBand: band)
    Output.done("added case \(reference) to \(audit)")
  }
}

struct AuditRemoveCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove-case", abstract: "Take a case out of an audit, with the reason.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case reference.") var reference: String
  @Option(help: "Why it is taken out.") var reason: String

  func run() throws {
    try AppEnvironment(global).workbench().removeCase(
      audit, reference: reference, reason: reason)
    Output.done("removed case \(reference) from \(audit)")
  }
}

struct AuditSignOff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "signoff", abstract: "Lock an audit once every case is graded with a rationale.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "Who signs it off.") var by: String

  func run() throws {
    let workbench = try AppEnvironment(global).workbench()
    let check = try workbench.signOffCheck(audit)
    let directory = try workbench.agencyDirectory()
    try workbench.signOff(audit, by: by)
    for gap in check.gaps(naming: { id in directory.agencies.first { $0.id == id }?.shortName ?? id }) {
      Output.warn("signed off with a gap: \(gap)")
    }
    Output.done("signed off \(audit); it is now locked")
  }
}

struct AuditAmend: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "amend", abstract: "Open a logged amendment on a signed-off audit.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "Why it is amended.") var reason: String

  func run() throws {
    try AppEnvironment(global).workbench().amend(audit, reason: reason)
    Output.done("amendment open on \(audit); sign off again to close it")
  }
}

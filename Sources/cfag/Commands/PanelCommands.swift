import ArgumentParser
import CFAGDomain
import CFAGStore

struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Record the panel's grade of a case, with its rationale (grading again replaces it).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case reference.") var reference: String
  @Option(help: "good, requires-improvement (or RI), inadequate.") var grade: Grade
  @Option(help: "Why: required.") var rationale: String
  @Option(name: .customLong("domain"), help: "A domain's grade, as DOMAIN=GRADE (GRADE may be n/a); repeat.")
  var domains: [Assignment] = []
  @Option(name: .customLong("finding"), help: "A finding tag (repeat for each).") var findings: [String] = []
  @Option(help: "Good practice seen.") var goodPractice: String?
  @Option(help: "Evidence of the voice and lived experience of the child.") var voice: String?

  func run() throws {
    let domainGrades = try Assignment.domainGrades(domains)
    let env = try AppEnvironment(global)
    let input = GradeInput(
      overall: grade, rationale: rationale, domainGrades: domainGrades,
      findings: findings.isEmpty ? nil : findings,
      goodPractice: goodPractice, voiceOfChild: voice)
    CLIHints.warn(try env.workbench().grade(audit, reference: reference, input).warnings)
    Output.done("graded \(reference) as \(grade.label.lowercased())")
  }
}

struct EscalateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "escalate",
    abstract: "Record an immediate concern about a child; prints the urgent action's id.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case reference.") var reference: String
  @Option(help: "The concern.") var reason: String
  @Option(help: "The agency that must act.") var owner: String
  @Option(help: "The named lead in that agency.") var lead: String
  @Option(help: "Due date (default: two working days from today).") var due: Day?

  func run() throws {
    let env = try AppEnvironment(global)
    let saved = try env.workbench().escalate(
      audit, reference: reference, reason: reason, owner: owner, lead: lead, due: due)
    let id = saved.value
    CLIHints.warn(saved.warnings)
    Output.created(id, json: global.json)
    Output.done("escalated \(reference): urgent action \(id) for \(lead)")
  }
}

struct FindingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "findings", abstract: "Finding tags with counts and the cases they came from.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID

  func run() throws {
    let findings = try AppEnvironment(global).workbench(readOnly: true).findings(audit)
    if global.json { return JSONOutput.print(findings.map(FindingJSON.init)) }
    if findings.isEmpty { return Output.done("no findings tagged yet in \(audit)") }
    Output.print(
      TextTable.render(
        header: ["TAG", "CASES", "WHICH"],
        rows: findings.map {
          [$0.tag.value, "\($0.cases.count)", $0.cases.map(\.value).joined(separator: ", ")]
        }))
  }
}

struct RecommendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommend", abstract: "Add a recommendation linked to findings; prints its id.",
    subcommands: [RecommendAdd.self, RecommendEdit.self, RecommendDelete.self],
    defaultSubcommand: RecommendAdd.self)
}

struct RecommendAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a recommendation (the default).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "The recommendation.") var text: String
  @Option(name: .customLong("finding"), help: "A finding tag it answers (repeat).") var findings: [String] =
    []

  func run() throws {
    let saved = try AppEnvironment(global).workbench().recommend(
      audit, text: text, findings: findings)
    let id = saved.value
    CLIHints.warn(saved.warnings)
    Output.created(id, json: global.json)
    Output.done("added recommendation \(id)")
  }
}

struct RecommendEdit: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a recommendation.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The recommendation id, e.g. R-3.") var id: RecommendationID
  @Option(help: "The new text.") var text: String?
  @Option(name: .customLong("finding"), help: "Replace its finding tags (repeat).") var findings: [String] =
    []

  func run() throws {
    let saved = try AppEnvironment(global).workbench().editRecommendation(
      id, text: text, findings: findings.isEmpty ? nil : findings)
    CLIHints.warn(saved.warnings)
    Output.done("updated recommendation \(id)")
  }
}

struct RecommendDelete: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete a recommendation (logged).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The recommendation id.") var id: RecommendationID
  @Option(help: "Why (kept in the change log).") var reason: String?

  func run() throws {
    try AppEnvironment(global).workbench().deleteRecommendation(id, reason: reason)
    Output.done("deleted recommendation \(id)")
  }
}

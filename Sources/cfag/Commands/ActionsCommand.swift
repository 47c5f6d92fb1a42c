import ArgumentParser
import CFAGDomain
import CFAGStore

/// `cfag actions`: the Learning Lessons tracker.
struct ActionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actions",
    abstract: "The Learning Lessons tracker: actions from audit to closure with evidence of impact.",
    discussion: "RAG: " + TrackerAction.ragRule.map { "\($0.rag.label): \($0.rule)." }.joined(separator: " "),
    subcommands: [
      ActionsAdd.self, ActionsList.self, ActionsShow.self, ActionsUpdate.self, ActionsClose.self,
      ActionsReopen.self, ActionsExport.self, ActionsImport.self,
    ])
}

struct ActionsAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Raise an action with one owner agency and one lead; prints its id.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The recommendation it answers, e.g. R-3.") var recommendation: RecommendationID?
  @Option(help: "The audit it comes from (the audit may be signed off).") var audit: AuditID?
  @Option(name: .customLong("case"), help: "A case of that audit (with --audit).") var reference: String?
  @Option(help: "Other learning, in words (e.g. \"LCSPR Smith family, 004 §5.12-5.15\").") var source: String?
  @Option(help: "The one owner agency (short forms accepted).") var owner: [String] = []
  @Option(help: "The named lead in the owner agency.") var lead: String
  @Option(help: "When it is due.") var due: Day
  @Option(help: "What will be done: specific, measurable, with an owner and a date.") var text: String
  @Flag(help: "Ask for the theme to be audited again.") var reaudit = false

  func validate() throws {
    let sources = [recommendation != nil, audit != nil, source != nil].filter { $0 }
    guard sources.count == 1 else {
      throw ValidationError(
        "say where the action comes from: exactly one of --recommendation, --audit, --source")
    }
    guard reference == nil || audit != nil else { throw ValidationError("--case needs --audit AUDIT") }
    guard owner.count == 1 else {
      throw ValidationError(
        owner.isEmpty
          ? "name the owner agency (--owner AGENCY)"
          : "an action has exactly one owner agency, not \(owner.count) (\(owner.joined(separator: ", ")))")
    }
  }

  func run() throws {
    let origin: NewAction.Source =
      if let recommendation { .recommendation(recommendation) } else if let audit {
        .audit(audit, reference: reference)
      } else { .other(source ?? "") }
    let saved = try AppEnvironment(global).workbench().addAction(
      NewAction(source: origin, owner: owner[0], lead: lead, due: due, text: text, reaudit: reaudit))
    let action = saved.value
    Output.created(action.id, json: global.json)
    for warning in action.smartWarnings { Output.warn("SMART: \(warning)") }
    CLIHints.warn(saved.warnings)
    if action.isOverdue(today: action.created) {
      Output.warn("the due date \(due.iso) has passed: the action is red")
    }
    Output.done("raised \(action.id) for \(action.lead), due \(action.due.iso)")
  }
}

struct ActionsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List actions: urgent escalations first until closed, then by due date.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only this owner agency.") var agency: String?
  @Option(help: "Only this RAG rating: red, amber, green, blue, none.") var rag: RAG?
  @Option(help: "Only this status: not-started, in-progress, complete, closed.") var status: ActionStatus?
  @Flag(help: "Only open actions past their due date.") var overdue = false
  @Option(help: "Only actions raised from this audit.") var audit: AuditID?

  func run() throws {
    let env = try AppEnvironment(global)
    let workbench = try env.workbench(readOnly: true)
    let actions = try workbench.actions(
      ActionFilter(agency: agency, rag: rag, status: status, overdue: overdue, audit: audit))
    if global.json { return JSONOutput.print(actions.map { ActionJSON($0, today: env.today) }) }
    if actions.isEmpty { return Output.done("no actions match") }
    let names = try workbench.agencyDirectory().agencies.reduce(into: [:]) { $0[$1.id] = $1.shortName }
    Output.print(
      TextTable.render(
        header: ["ID", "RAG", "DUE", "STATUS", "AGENCY", "LEAD", "ACTION"],
        rows: actions.map { action in
          [
            action.id.rawValue + (action.urgent && action.status != .closed ? " !" : ""),
            ActionsText.rag(action, today: env.today),
            action.due.iso, action.status.rawValue, names[action.owner] ?? action.owner, action.lead,
            ActionsText.clipped(action.text, to: 60),
          ]
        }))
  }
}

struct ActionsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show an action with its whole trail, back to the cases.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The action id, e.g. LL-2026-014.") var id: ActionID

  func run() throws {
    let env = try AppEnvironment(global)
    let trail = try env.workbench(readOnly: true).actionTrail(id)
    if global.json { return JSONOutput.print(ActionTrailJSON(trail, today: env.today)) }
    Output.print(ActionsText.render(trail, today: env.today))
  }
}

extension RAG: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension ActionStatus: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Confidence: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

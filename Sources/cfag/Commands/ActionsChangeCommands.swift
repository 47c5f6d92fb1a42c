import ArgumentParser
import CFAGDomain
import CFAGStore

struct ActionsUpdate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract:
      "Add a progress note, change status, confidence, RAG, due date, evidence or re-audit, or correct text, owner or lead."
  )

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The action id.") var id: ActionID
  @Option(help: "A progress note (recorded with who and today's date).") var progress: String?
  @Option(help: "not-started, in-progress, complete (close with `cfag actions close`).") var status:
    ActionStatus?
  @Option(help: "The owner's confidence: on-track, at-risk, off-track.") var confidence: Confidence?
  @Option(help: "Set the RAG by hand (red, amber, green, blue, none) with --rag-reason, or `derived`.")
  var rag: String?
  @Option(help: "Why the RAG is set by hand.") var ragReason: String?
  @Option(help: "A revised due date (needs --due-reason).") var due: Day?
  @Option(help: "Why the due date is revised.") var dueReason: String?
  @Option(help: "Evidence of impact: what difference did it make?") var evidence: String?
  @Flag(inversion: .prefixedNo, help: "Ask (or stop asking) for the theme to be audited again.") var reaudit:
    Bool?
  @Option(help: "Corrected text of the action (for an escalation: the immediate concern).") var text: String?
  @Option(help: "A new owner agency (short forms accepted).") var owner: String?
  @Option(help: "A new named lead in the owner agency.") var lead: String?
  @Option(help: "Why the action is changed, kept in the change log.") var reason: String?

  func validate() throws {
    guard due == nil || dueReason?.trimmingWhitespace.isEmpty == false else {
      throw ValidationError("a revised due date needs a reason (--due-reason TEXT)")
    }
    guard dueReason == nil || due != nil else { throw ValidationError("--due-reason goes with --due DATE") }
    guard ragReason == nil || rag != nil else { throw ValidationError("--rag-reason goes with --rag R") }
    if let rag, rag.lowercased() != "derived" {
      guard RAG(parsing: rag) != nil else {
        throw ValidationError("--rag \(rag): use red, amber, green, blue, none, or derived")
      }
      guard ragReason?.trimmingWhitespace.isEmpty == false else {
        throw ValidationError("a manual RAG rating needs a reason (--rag-reason TEXT)")
      }
    }
  }

  func run() throws {
    let choice: RAGChoice? = rag.map { text in
      RAG(parsing: text).map { .override($0, reason: ragReason ?? "") } ?? .derived
    }
    let update = ActionUpdate(
      progress: progress, status: status, confidence: confidence, rag: choice, due: due, dueReason: dueReason,
      evidence: evidence, reaudit: reaudit, lead: lead, owner: owner, text: text, reason: reason)
    guard !update.isEmpty else {
      throw CLIError("nothing to change: give --progress, --status, --due, --text, --lead ... (see --help)")
    }
    let saved = try AppEnvironment(global).workbench().updateAction(id, update)
    CLIHints.warn(saved.warnings)
    let changes = saved.value
    Output.done(
      changes.isEmpty
        ? "\(id) unchanged"
        : "updated \(id): " + changes.map(\.description).joined(separator: "; "))
  }
}

struct ActionsClose: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close", abstract: "Close an action, signed off, with evidence of impact (required).")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The action id.") var id: ActionID
  @Option(help: "Who signs off the closure.") var by: String
  @Option(help: "Evidence of impact, unless already recorded: what difference did it make?") var evidence:
    String?

  func run() throws {
    try AppEnvironment(global).workbench().closeAction(id, by: by, evidence: evidence)
    Output.done("closed \(id), signed off by \(by)")
  }
}

struct ActionsReopen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen", abstract: "Reopen a closed action, with the reason.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The action id.") var id: ActionID
  @Option(help: "Why it is reopened.") var reason: String

  func run() throws {
    try AppEnvironment(global).workbench().reopenAction(id, reason: reason)
    Output.done("reopened \(id)")
  }
}

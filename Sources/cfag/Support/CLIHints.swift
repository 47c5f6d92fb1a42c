import CFAGDomain
import CFAGStore

/// How the command line words the domain's structured errors and warnings: the domain names the
/// field and the remedy, this adds the `--flag` or the command that does it.
enum CLIHints {
  /// The message for an error, with the flag or command that fixes it.
  static func describe(_ error: DomainError) -> String {
    switch error {
    case .missing(let field, _):
      return flag(for: field).map { "\(error.description) (\($0))" } ?? error.description
    case .invalid(let field, _, _) where field == .agency:
      return error.description + " (see `cfag agencies list`; add it with `cfag agencies add`)"
    case .refused(_, let remedy?):
      return "\(error.description): \(command(for: remedy))"
    case .conflict(let conflict):
      return "not saved: \(conflict.what) was changed by \(conflict.actor) at \(conflict.at) "
        + "(log \(conflict.sequence)) after --if-unchanged-since; look at it with `cfag log`, then run again"
    default:
      return error.description
    }
  }

  /// The message for a storage error, with the command that fixes it where there is one.
  static func describe(_ error: StoreError) -> String {
    guard case .needsMigration = error else { return error.description }
    return error.description + "; the database's owner brings it up to date with `cfag db migrate`"
  }

  /// The flag that gives a field, as the help shows it.
  static func flag(for field: Field) -> String? {
    switch field {
    case .rationale: "--rationale TEXT"
    case .concern: "--reason TEXT"
    case .reason: "--reason TEXT"
    case .lead: "--lead NAME"
    case .text: "--text TEXT"
    case .by: "--by NAME"
    case .date: "--date YYYY-MM-DD"
    case .evidence: "--evidence TEXT"
    case .ragReason: "--rag-reason TEXT"
    case .dueReason: "--due-reason TEXT"
    case .source: "--source TEXT"
    case "changes": "give --title, --date, --chair, --agency or --returns-due"
    case "name": "give --name or --short"
    default: nil
    }
  }

  /// The command that would let a refused change through.
  static func command(for remedy: Remedy) -> String {
    switch remedy {
    case .openAmendment(let audit): "open an amendment first with `cfag audit amend \(audit) --reason TEXT`"
    case .closeWithEvidence(let action): "use `cfag actions close \(action) --by NAME --evidence TEXT`"
    case .reopen(let action): "use `cfag actions reopen \(action) --reason TEXT`"
    case .drawSample(let audit): "draw them with `cfag audit sample \(audit) --size N`"
    case .addCaseByHand(let audit): "use `cfag audit add-case \(audit) REF --reason TEXT`"
    case .replaceSingleCases(let audit): "use `cfag audit replace \(audit) REF --reason TEXT`"
    case .force: "add --force to do it anyway (it is logged)"
    }
  }

  /// Prints an operation's personal-data warnings on stderr.
  static func warn(_ warnings: [DataWarning]) {
    for warning in warnings { Output.warn(warning.description) }
  }
}

import CFAGDomain

/// How the screens word the domain's structured errors and warnings: the domain names the field
/// and the remedy, this adds the keys that do it. No screen tells anyone to run a command.
enum ScreenHints {
  /// The message for an error, with the keys that fix it.
  static func describe(_ error: any Error) -> String {
    guard let domain = error as? DomainError else { return String(describing: error) }
    switch domain {
    case .missing(let field, let reason):
      return "\(label(field)): \(reason). Type it in the form, then ^S."
    case .refused(_, let remedy?):
      return "\(domain.description): \(keys(for: remedy))."
    case .conflict(let conflict):
      return "Not saved: \(conflict.actor) changed it at \(clock(conflict.at)) since it was shown. "
        + "Esc shows their change."
    default:
      return domain.description
    }
  }

  /// A field as the forms label it.
  static func label(_ field: Field) -> String {
    switch field {
    case .concern: "Concern"
    case .rationale: "Rationale"
    case .dueReason: "Reason for the new due date"
    case .ragReason: "Reason for the RAG rating"
    default: field.name.prefix(1).uppercased() + field.name.dropFirst()
    }
  }

  /// The keys that would let a refused change through.
  static func keys(for remedy: Remedy) -> String {
    switch remedy {
    case .openAmendment: "6 for the report, then A opens an amendment"
    case .closeWithEvidence: "s, then “Closed — with evidence of impact”"
    case .reopen: "s reopens it, with a reason"
    case .drawSample: "2 for the sample, then d draws the cases"
    case .addCaseByHand: "a on the audit adds a case by hand"
    case .replaceSingleCases: "e replaces the selected case with the next reserve"
    case .force: "confirm to do it anyway (it is logged)"
    }
  }

  /// Personal-data warnings for the status line, short enough for 80 columns: "Check rationale:
  /// a person's name, a case reference (mc-1002)."
  static func warnings(_ warnings: [DataWarning]) -> String? {
    guard !warnings.isEmpty else { return nil }
    var fields: [Field] = []
    for warning in warnings where !fields.contains(warning.field) { fields.append(warning.field) }
    let parts = fields.map { field in
      let kinds = warnings.filter { $0.field == field }.map { warning in
        warning.written.map { "\(warning.kind.words) (\($0))" } ?? warning.kind.words
      }
      return "\(field): " + kinds.joined(separator: ", ")
    }
    return "Check " + parts.joined(separator: "; ") + "."
  }

  /// The time of an ISO 8601 timestamp: `10:15`.
  static func clock(_ timestamp: String) -> String {
    ChangeConflict.readable(timestamp).split(separator: " ").last.map(String.init) ?? timestamp
  }
}

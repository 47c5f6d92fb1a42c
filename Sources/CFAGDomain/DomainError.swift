/// A rule of the domain refused a value or a change. Each error has a stable `code`, the `field`
/// it is about (when there is one) and a plain message; it never names a command-line flag or a
/// key: the CLI adds its `--flag` hints and the screens their key hints from `field` and `remedy`.
public enum DomainError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A value failed validation: `reference "Jo Bloggs" has no digits ...`.
  case invalid(field: Field, value: String, reason: String)
  /// Something required is missing: `rationale: a grade needs a written rationale`.
  case missing(field: Field, reason: String)
  /// A change is not allowed in the current state; `remedy` says what would allow it.
  case refused(String, remedy: Remedy? = nil)
  /// No such thing: `audit CFAG-2026-09`.
  case notFound(kind: String, id: String)
  /// A short form matches several things.
  case ambiguous(kind: String, value: String, matches: [String])
  /// What the change would overwrite was changed by someone else since it was shown.
  case conflict(ChangeConflict)

  /// A stable name for scripts and tests: `invalid`, `missing`, `refused`, `not-found`,
  /// `ambiguous`, `conflict`.
  public var code: String {
    switch self {
    case .invalid: "invalid"
    case .missing: "missing"
    case .refused: "refused"
    case .notFound: "not-found"
    case .ambiguous: "ambiguous"
    case .conflict: "conflict"
    }
  }

  /// The input the error is about, when there is one.
  public var field: Field? {
    switch self {
    case .invalid(let field, _, _), .missing(let field, _): field
    default: nil
    }
  }

  /// What would allow a refused change, when something would.
  public var remedy: Remedy? {
    if case .refused(_, let remedy) = self { return remedy }
    return nil
  }

  public var description: String {
    switch self {
    case .invalid(let field, let value, let reason): "\(field) \"\(value)\" \(reason)"
    case .missing(let field, let reason): "\(field): \(reason)"
    case .refused(let message, _): message
    case .notFound(let kind, let id): "no \(kind) \"\(id)\""
    case .ambiguous(let kind, let value, let matches):
      "\(kind) \"\(value)\" is ambiguous: it could be \(matches.joined(separator: ", "))"
    case .conflict(let conflict): conflict.description
    }
  }
}

/// A named input of an operation ("rationale", "lead"). The CLI maps it to its flag and the
/// screens to their form field; the domain only names it.
public struct Field: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
  public let name: String
  public init(_ name: String) { self.name = name }
  public init(stringLiteral value: String) { self.init(value) }
  public var description: String { name }

  public static let agency: Field = "agency"
  public static let by: Field = "by"
  public static let concern: Field = "concern"
  public static let date: Field = "date"
  public static let dueReason: Field = "due-reason"
  public static let evidence: Field = "evidence"
  public static let goodPractice: Field = "good practice"
  public static let lead: Field = "lead"
  public static let note: Field = "note"
  public static let ragReason: Field = "rag-reason"
  public static let rationale: Field = "rationale"
  public static let reason: Field = "reason"
  public static let reference: Field = "reference"
  public static let section: Field = "section"
  public static let source: Field = "source"
  public static let text: Field = "text"
  public static let voice: Field = "voice of the child"
}

/// What would let a refused change through; each front end says how to do it in its own terms.
public enum Remedy: Hashable, Sendable {
  /// The audit is signed off: open an amendment.
  case openAmendment(AuditID)
  /// An action is closed with evidence of impact through the closing step, not an update.
  case closeWithEvidence(ActionID)
  /// A closed action must be reopened, with a reason, before it changes.
  case reopen(ActionID)
  /// The audit has no cases: draw the sample (or add cases) first.
  case drawSample(AuditID)
  /// No reserve is left: add a case by hand.
  case addCaseByHand(AuditID)
  /// A case already in the sample is replaced one at a time.
  case replaceSingleCases(AuditID)
  /// Doing it anyway, knowingly, is allowed (drawing again, demo data into a used database).
  case force
}

/// A save refused because the thing it would change was changed by someone else after it was
/// shown: who changed it and when, so the person can reload and look before saving again.
public struct ChangeConflict: Hashable, Sendable, CustomStringConvertible {
  /// What was changed, in words: "the assessment of MC-1002".
  public var what: String
  public var actor: String
  /// ISO 8601 timestamp of the other change.
  public var at: String
  public var sequence: LogSequence

  public init(what: String, actor: String, at: String, sequence: LogSequence) {
    self.what = what
    self.actor = actor
    self.at = at
    self.sequence = sequence
  }

  public var description: String {
    "not saved: \(what) was changed by \(actor) at \(Self.readable(at)) since it was shown; "
      + "reload to see the change, then save again"
  }

  /// `2026-12-02T10:15:00Z` as `2026-12-02 10:15`.
  public static func readable(_ timestamp: String) -> String {
    let parts = timestamp.split(separator: "T", maxSplits: 1)
    guard parts.count == 2 else { return timestamp }
    return "\(parts[0]) \(parts[1].prefix(5))"
  }
}

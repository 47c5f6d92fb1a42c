/// What an audit still lacks when someone comes to sign it off. Cases without a grade stop the
/// sign-off; the rest are gaps the person signing off is shown first and must accept knowingly.
public struct SignOffCheck: Hashable, Sendable {
  /// No cases are included: there is nothing to sign off.
  public var hasNoCases: Bool
  /// Included cases the panel has not graded.
  public var ungraded: [CaseReference]
  /// The report's narrative sections with no text yet (the report would use the theme's
  /// description for the purpose and leave out a missing summary or conclusion).
  public var unwritten: [ReportSection]
  /// Panel agencies with no complete return for some included cases (a draft is not in; a case
  /// the candidate list says the agency never knew needs none).
  public var missingReturns: [MissingReturns]
  /// How many cases are included.
  public var cases: Int

  /// A panel agency (by id) and how many included cases it has not returned.
  public struct MissingReturns: Hashable, Sendable {
    public var agency: String
    public var cases: Int
  }

  /// Checks `record` with the report's written sections (by key, as stored) and what the
  /// candidate list says about who knew each child.
  public init(record: AuditRecord, sections: [String: String], known: KnownAgencies = KnownAgencies()) {
    let included = record.includedCases.map(\.reference)
    hasNoCases = included.isEmpty
    ungraded = included.filter { record.assessment(for: $0) == nil }
    unwritten = [ReportSection.purpose, .summary, .conclusion].filter {
      (sections[$0.key] ?? "").trimmingWhitespace.isEmpty
    }
    missingReturns = record.audit.panelAgencies.compactMap { agency in
      let missing = included.filter { reference in
        !known.neverKnew(agency, reference)
          && !record.returns.contains {
            $0.reference == reference && $0.agency == agency && $0.isComplete(in: record.audit.theme)
          }
      }
      return missing.isEmpty ? nil : MissingReturns(agency: agency, cases: missing.count)
    }
    cases = included.count
  }

  /// Whether the sign-off cannot go ahead at all.
  public var blocks: Bool { hasNoCases || !ungraded.isEmpty }

  /// Whether anything is missing that the person signing off must accept.
  public var hasGaps: Bool { !unwritten.isEmpty || !missingReturns.isEmpty }

  /// What the signed-off report does without `section`, said to the person signing off.
  static func consequence(of section: ReportSection) -> String {
    switch section {
    case .purpose: "The purpose is not written; the report would give the theme's description instead."
    default: "The \(section.title) is not written; the report would go out without it."
    }
  }

  /// The gaps as lines for people, agencies by the name `name` gives.
  public func gaps(naming name: (String) -> String) -> [String] {
    unwritten.map(Self.consequence(of:))
      + missingReturns.map {
        "\(name($0.agency)) has not returned \($0.cases) of the \(cases) cases in full."
      }
  }
}

extension ReportSection {
  /// The section's name in a sentence: "purpose", "summary", "conclusion", "key theme …".
  public var title: String {
    switch self {
    case .purpose: "purpose"
    case .summary: "summary"
    case .conclusion: "conclusion"
    case .theme(let tag): "key theme \(tag.value)"
    }
  }
}

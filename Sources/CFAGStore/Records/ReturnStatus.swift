import CFAGDomain

/// The chase list: for each agency expected to return, when its template was made (sent) and
/// where each case's return stands against the deadline. Overdue agencies come first.
public struct ReturnStatus: Sendable, Equatable {
  /// Where one agency's return on one case stands.
  public enum State: Sendable, Equatable {
    /// Complete: counted in the figures.
    case returned
    /// Stored with parts still to fill in, listed in form order; left out of the figures.
    case draft(missing: [MissingPart])
    case notInvolved
    /// No return, and the candidate list says the agency never knew the child: not involved
    /// unless a return says otherwise.
    case notKnown
    case missing

    /// `returned`, `draft`, `not-involved`, `not-known` or `missing`, for JSON.
    public var name: String {
      switch self {
      case .returned: "returned"
      case .draft: "draft"
      case .notInvolved: "not-involved"
      case .notKnown: "not-known"
      case .missing: "missing"
      }
    }

    /// The state of an agency's return (nil: none) in a theme's audit; `neverKnew` when the
    /// candidate list says the agency never knew the child.
    public init(_ agencyReturn: AgencyReturn?, theme: Theme, neverKnew: Bool = false) {
      guard let agencyReturn else {
        self = neverKnew ? .notKnown : .missing
        return
      }
      guard agencyReturn.involved else {
        self = .notInvolved
        return
      }
      let missing = agencyReturn.missing(in: theme)
      self = missing.isEmpty ? .returned : .draft(missing: missing)
    }

    /// Whether a complete return is in, or none is expected (not involved).
    public var isIn: Bool { self == .returned || isNotInvolved }

    /// Not involved, by the agency's word or the candidate list's.
    public var isNotInvolved: Bool { self == .notInvolved || self == .notKnown }
  }

  public struct AgencyRow: Sendable, Equatable {
    public var agency: Agency
    /// The day the agency's template was last made, if it was.
    public var sent: Day?
    /// One state per case, in `ReturnStatus.cases` order.
    public var states: [State]
    /// Returns not in (missing or draft) after the deadline.
    public var overdue: Bool

    /// Cases with no return at all.
    public var missing: Int { states.filter { $0 == .missing }.count }
    /// Cases with a draft return.
    public var drafts: Int { states.filter { if case .draft = $0 { true } else { false } }.count }
    /// Whether every case has a complete or not-involved return.
    public var isComplete: Bool { states.allSatisfy(\.isIn) }
  }

  public var auditID: AuditID
  public var due: Day?
  public var today: Day
  public var cases: [CaseReference]
  public var agencies: [AgencyRow]

  /// Expected agencies are the panel's, plus any that sent a return or were sent a template; with
  /// no panel, only those. `sent` gives the day each agency's template was made; `known` which
  /// agencies the candidate list says knew each child (the others are not involved).
  public init(
    record: AuditRecord, directory: AgencyDirectory, today: Day, sent: [String: Day] = [:],
    known: KnownAgencies = KnownAgencies()
  ) {
    auditID = record.audit.id
    due = record.audit.returnsDue
    self.today = today
    let cases = record.includedCases.map(\.reference)
    self.cases = cases
    var expected = record.audit.panelAgencies
    for agency in record.returns.map(\.agency) + sent.keys.sorted() where !expected.contains(agency) {
      expected.append(agency)
    }
    let late = record.audit.returnsDue.map { today > $0 } ?? false
    let theme = record.audit.theme
    let rows = expected.map { id in
      let agency =
        directory.agencies.first { $0.id == id } ?? Agency(id: id, name: id, shortName: id, kind: .relevant)
      let states = cases.map { reference in
        State(
          record.returns.first { $0.agency == id && $0.reference == reference }, theme: theme,
          neverKnew: known.neverKnew(id, reference))
      }
      return AgencyRow(
        agency: agency, sent: sent[id], states: states, overdue: late && !states.allSatisfy(\.isIn))
    }
    agencies = rows.enumerated().sorted {
      ($0.element.overdue ? 0 : 1, $0.offset) < ($1.element.overdue ? 0 : 1, $1.offset)
    }
    .map(\.element)
  }
}

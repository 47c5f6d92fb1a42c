import CFAGDomain

/// The chase list: for each agency expected to return, where each case's return stands against
/// the deadline. Overdue agencies come first.
public struct ReturnStatus: Sendable, Equatable {
  public enum State: String, Sendable, Equatable {
    case returned
    case notInvolved = "not-involved"
    case missing
  }

  public struct AgencyRow: Sendable, Equatable {
    public var agency: Agency
    /// One state per case, in `ReturnStatus.cases` order.
    public var states: [State]
    /// Missing returns after the deadline.
    public var overdue: Bool

    public var missing: Int { states.filter { $0 == .missing }.count }
  }

  public var auditID: AuditID
  public var due: Day?
  public var today: Day
  public var cases: [CaseReference]
  public var agencies: [AgencyRow]

  /// Expected agencies are the panel's, plus any that sent a return; with no panel, only those.
  public init(record: AuditRecord, directory: AgencyDirectory, today: Day) {
    auditID = record.audit.id
    due = record.audit.returnsDue
    self.today = today
    let cases = record.includedCases.map(\.reference)
    self.cases = cases
    var expected = record.audit.panelAgencies
    for agencyReturn in record.returns where !expected.contains(agencyReturn.agency) {
      expected.append(agencyReturn.agency)
    }
    let late = record.audit.returnsDue.map { today > $0 } ?? false
    let rows = expected.map { id in
      let agency =
        directory.agencies.first { $0.id == id } ?? Agency(id: id, name: id, shortName: id, kind: .relevant)
      let states = cases.map { reference -> State in
        guard let found = record.returns.first(where: { $0.agency == id && $0.reference == reference }) else {
          return .missing
        }
        return found.involved ? .returned : .notInvolved
      }
      return AgencyRow(agency: agency, states: states, overdue: late && states.contains(.missing))
    }
    agencies = rows.enumerated().sorted {
      ($0.element.overdue ? 0 : 1, $0.offset) < ($1.element.overdue ? 0 : 1, $1.offset)
    }
    .map(\.element)
  }
}

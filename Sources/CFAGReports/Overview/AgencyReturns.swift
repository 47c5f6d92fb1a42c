import CFAGDomain

/// Who returned audits of their own files, told honestly: the agencies that returned on cases they
/// were involved in, those that returned saying they were not involved, and the panel agencies
/// that never returned (the partnership treats non-engagement as a finding).
public struct AgencyReturns: Hashable, Sendable {
  /// Agencies with at least one return on a case they were involved in, with how many cases.
  public var returned: [AgencyCount]
  /// Agencies whose every return said they were not involved, with how many cases.
  public var notInvolved: [AgencyCount]
  /// Panel agencies with no return on any included case.
  public var neverReturned: [String]

  /// What one agency's complete returns on the included cases amount to (drafts never reach a
  /// report: `ReportInput` leaves them out).
  enum Standing: Equatable {
    case returned(involvedIn: Int)
    case notInvolved(cases: Int)
    case neverReturned
  }

  static func standing(_ returns: [AgencyReturn]) -> Standing {
    guard !returns.isEmpty else { return .neverReturned }
    let involved = Set(returns.filter(\.involved).map(\.reference))
    return involved.isEmpty
      ? .notInvolved(cases: Set(returns.map(\.reference)).count) : .returned(involvedIn: involved.count)
  }

  /// Sorts the agencies of the audit's returns and panel, panel agencies first.
  init(_ record: AuditRecord, name: (String) -> String) {
    let included = Set(record.includedCases.map(\.reference))
    let returns = record.returns.filter { included.contains($0.reference) }
    let agencies = (record.audit.panelAgencies + returns.map(\.agency).sorted()).uniquedInOrder
    returned = []
    notInvolved = []
    neverReturned = []
    for agency in agencies {
      let own = returns.filter { $0.agency == agency }
      switch Self.standing(own) {
      case .returned(let cases):
        returned.append(
          AgencyCount(
            agency: name(agency), cases: cases,
            notApplicable: Self.notApplicable(own, domains: record.audit.theme.domains)))
      case .notInvolved(let cases): notInvolved.append(AgencyCount(agency: name(agency), cases: cases))
      case .neverReturned: neverReturned.append(name(agency))
      }
    }
  }

  /// Each domain the agency said did not apply on a case it was involved in, with on how many.
  static func notApplicable(_ returns: [AgencyReturn], domains: [ThemeDomain]) -> [(
    domain: String, cases: Int
  )] {
    domains.compactMap { domain in
      let count = returns.filter { $0.involved && $0.notApplicable.contains(domain.id) }.count
      return count == 0 ? nil : (domain: domain.title, cases: count)
    }
  }
}

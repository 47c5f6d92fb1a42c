/// Which agencies the candidate list says knew each case's child (its "agencies known" column).
/// An agency the list leaves out never knew the child: it is taken as not involved until a
/// return says otherwise. A case the list says nothing certain about (no such column, an empty
/// one, or a name the agency list cannot resolve) expects a return from every agency.
public struct KnownAgencies: Hashable, Sendable {
  private let byCase: [CaseReference: Set<String>]

  /// Agency ids by case.
  public init(_ byCase: [CaseReference: Set<String>] = [:]) { self.byCase = byCase }

  /// Resolves each candidate's "agencies known" through the agency list.
  public init(candidates: [CandidateCase], directory: AgencyDirectory) {
    var byCase: [CaseReference: Set<String>] = [:]
    for candidate in candidates where !candidate.agenciesKnown.isEmpty {
      let ids = candidate.agenciesKnown.compactMap { try? directory.resolve($0).id }
      if ids.count == candidate.agenciesKnown.count { byCase[candidate.reference] = Set(ids) }
    }
    self.byCase = byCase
  }

  /// Whether the list says the agency never knew the case's child.
  public func neverKnew(_ agency: String, _ reference: CaseReference) -> Bool {
    byCase[reference].map { !$0.contains(agency) } ?? false
  }
}

import CFAGDomain
import Testing

/// The candidate list's "agencies known": an agency left out never knew the child, unless the
/// list is silent or names an agency the agency list cannot resolve.
@Suite struct KnownAgenciesTests {
  let directory = AgencyDirectory([
    Agency(id: "police", name: "Kent Police", shortName: "Police", kind: .partner),
    Agency(id: "health", name: "Health Trust", shortName: "Health", kind: .partner),
  ])

  func candidate(_ reference: String, _ agencies: [String]) -> CandidateCase {
    CandidateCase(
      reference: CaseReference(trusted: reference), planType: .childInNeed, agenciesKnown: agencies)
  }

  @Test func anAgencyLeftOffTheListNeverKnewTheChild() {
    let known = KnownAgencies(candidates: [candidate("MC-1", ["Health"])], directory: directory)
    #expect(known.neverKnew("police", CaseReference(trusted: "MC-1")))
    #expect(!known.neverKnew("health", CaseReference(trusted: "MC-1")))
  }

  @Test func anEmptyOrUnresolvedListSaysNothing() {
    let known = KnownAgencies(
      candidates: [candidate("MC-1", []), candidate("MC-2", ["Health", "the fire brigade"])],
      directory: directory)
    #expect(!known.neverKnew("police", CaseReference(trusted: "MC-1")))
    #expect(!known.neverKnew("police", CaseReference(trusted: "MC-2")))
    #expect(!known.neverKnew("police", CaseReference(trusted: "MC-3")))
  }
}

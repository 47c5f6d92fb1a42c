import CFAGDomain
import Testing

struct AgencyDirectoryTests {
  let directory = AgencyDirectory(AgencyDirectory.seed)

  @Test func seedsTheThreeSafeguardingPartners() {
    let partners = directory.agencies.filter { $0.kind == .partner }.map(\.name)
    #expect(partners == ["Medway Council children's services", "Kent Police", "NHS Kent and Medway"])
  }

  @Test(arguments: [
    ("police", "kent-police"), ("Kent Police", "kent-police"),
    ("social care", "medway-council-childrens-services"),
    ("CSC", "medway-council-childrens-services"), ("MFT", "medway-nhs-foundation-trust"),
    ("yot", "medway-youth-offending-team"), ("probation", "national-probation-service"),
  ])
  func resolvesUnambiguousShortForms(text: String, id: String) throws {
    #expect(try directory.resolve(text).id == id)
  }

  @Test func refusesAmbiguousAndUnknownNames() {
    #expect(throws: DomainError.self) { try directory.resolve("schools") }
    #expect {
      try directory.resolve("Fire brigade")
    } throws: { error in
      "\(error)".contains("not on the agency list")
    }
  }

  @Test func retiredAgenciesResolveOnlyExactly() throws {
    var agencies = AgencyDirectory.seed
    agencies[agencies.firstIndex { $0.id == "nspcc" }!].retired = true
    let directory = AgencyDirectory(agencies)
    #expect(try directory.resolve("NSPCC").id == "nspcc")
    #expect(throws: DomainError.self) { try directory.resolve("nsp") }
  }
}

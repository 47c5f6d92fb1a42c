import CFAGDomain
import Testing

@Suite struct PersonalDataTests {
  @Test(arguments: [
    ("Kayden Smith was seen at home", PersonalDataKind.name),
    ("Mother said Jane Smith visited weekly", .name),
    ("Mr Smith shouted at the baby", .name),
    ("Seen by Dr. Patel on the ward", .name),
    ("Family moved to ME4 4TR last spring", .postcode),
    ("lives at me44tr now", .postcode),
    ("Contact mum on jo.bloggs@example.org", .email),
    ("NHS number 943 476 5919 on file", .nhsNumber),
    ("Ring 07700 900123 after school", .phoneNumber),
    ("DOB 01/02/2015", .dateOfBirth),
  ])
  func findsPersonalData(text: String, kind: PersonalDataKind) {
    #expect(PersonalDataDetector.kinds(in: text).contains(kind))
  }

  @Test(arguments: [
    "The Child Protection plan was reviewed by Kent Police.",
    "Strong multi-agency work; the child's voice was heard.",
    "Good practice: the Health Visitor shared concerns promptly.",
    "Both Parents attended the core group. Social Care led the plan.",
    "Requires improvement: supervision was not recorded.",
  ])
  func ordinaryProseRaisesNothing(text: String) {
    #expect(PersonalDataDetector.kinds(in: text).isEmpty)
  }

  @Test func findsAnAuditsReferencesInEveryForm() {
    let matcher = ReferenceMatcher([CaseReference(trusted: "MC-1002"), CaseReference(trusted: "MC-400105")])
    let text =
      "Linked to mc-1002, MC 1002, MC1002 and MC\u{2011}1002; also Mc_400105. Not MC-10021 or XMC-1002."
    #expect(
      matcher.matches(in: text).map(\.written) == [
        "mc-1002", "MC 1002", "MC1002", "MC\u{2011}1002", "Mc_400105",
      ])
  }

  @Test func warningsNameTheFieldAndTheKind() {
    let matcher = ReferenceMatcher([CaseReference(trusted: "MC-1002")])
    let warnings = DataWarning.check(
      "Kayden Smith, sibling of mc-1002", field: .rationale, references: matcher)
    #expect(warnings.map(\.kind) == [.name, .caseReference])
    #expect(warnings.allSatisfy { $0.description.hasPrefix("rationale: ") })
    #expect(warnings[1].description.contains("\"mc-1002\""))
  }

  @Test(arguments: ["ME44TR", "SW1A1AA", "01-02-2015", "Smith"])
  func refusesReferencesThatLookLikePersonalData(text: String) {
    #expect(throws: DomainError.self) { try CaseReference(validating: text) }
  }
}

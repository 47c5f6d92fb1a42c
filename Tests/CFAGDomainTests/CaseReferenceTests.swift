import CFAGDomain
import Testing

struct CaseReferenceTests {
  @Test(arguments: ["MC-104233", "CIN/2026/17", "A1", "lcs_000123"])
  func acceptsPseudonymousReferences(text: String) throws {
    #expect(try CaseReference(validating: text).value == text)
  }

  @Test(arguments: [
    ("Jo Bloggs", "no spaces"), ("JoBloggs", "no digits"), ("943 476 5919", "no spaces"),
    ("9434765919", "NHS number"),
    ("01/02/2015", "a date"), ("2015-02-01", "a date"), ("07700900123", "phone number"), ("", "empty"),
  ])
  func refusesPersonalData(text: String, expected: String) {
    #expect {
      try CaseReference(validating: text)
    } throws: { error in
      "\(error)".contains(expected)
    }
  }

  @Test func warnsOnFreeTextWithPersonalData() {
    #expect(!PersonalDataDetector.warnings(in: "Mother said Jane Smith visited weekly").isEmpty)
    #expect(!PersonalDataDetector.warnings(in: "NHS number 943 476 5919 on file").isEmpty)
    #expect(!PersonalDataDetector.warnings(in: "DOB 01/02/2015").isEmpty)
    #expect(
      PersonalDataDetector.warnings(in: "The Child Protection plan was reviewed by Kent Police.").isEmpty)
    #expect(
      PersonalDataDetector.warnings(in: "Strong multi-agency work; the child's voice was heard.").isEmpty)
  }
}

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
}

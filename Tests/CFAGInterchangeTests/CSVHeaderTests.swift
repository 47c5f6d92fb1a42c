import Testing

@testable import CFAGInterchange

@Suite("CSV header")
struct CSVHeaderTests {
  @Test func namesAreTrimmed() throws {
    let header = try #require(try CSVTestInput.read("\n\"  Case ID \",Child_Name\t, DOB\n").header)
    #expect(header.names == ["Case ID", "Child_Name", "DOB"])
    #expect(header.line == 2)
    #expect(header.count == 3)
  }

  @Test func lookupIgnoresCaseSpacesUnderscoresAndHyphens() {
    let header = CSVHeader(line: 1, names: ["Case ID", "Child_Name", "date-of-birth", "Team"])
    #expect(header.index(of: "case id") == 0)
    #expect(header.index(of: "CASE_ID") == 0)
    #expect(header.index(of: "caseid") == 0)
    #expect(header.index(of: "child name") == 1)
    #expect(header.index(of: "Date Of Birth") == 2)
    #expect(header.index(of: " team ") == 3)
    #expect(header.index(of: "worker") == nil)
    #expect(header.index(ofAny: ["Worker", "Date of birth", "Team"]) == 2)
    #expect(CSVHeader.normalise(" Date_of - Birth ") == "dateofbirth")
  }

  @Test func duplicateNamesAreFound() {
    let header = CSVHeader(line: 1, names: ["ID", "Name", "id", "Case-ID", "name", "I D"])
    #expect(header.duplicateNames == ["id", "name"])
    #expect(header.index(of: "id") == 0)
  }

  @Test func fieldCountMismatchForOneRecord() {
    let header = CSVHeader(line: 1, names: ["a", "b"])
    #expect(header.fieldCountMismatch(in: CSVRecord(line: 2, fields: ["1", "2"])) == nil)
    let mismatch = header.fieldCountMismatch(in: CSVRecord(line: 9, fields: ["1"]))
    #expect(mismatch == CSVFieldCountMismatch(line: 9, expected: 2, found: 1))
  }
}

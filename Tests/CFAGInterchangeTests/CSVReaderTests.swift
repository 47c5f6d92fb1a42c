import Testing

@testable import CFAGInterchange

@Suite("CSV reader: records, quoting and line numbers")
struct CSVReaderTests {
  @Test func readsSimpleRecordsWithLineNumbers() throws {
    let document = try CSVTestInput.read("id,name\n1,Ann\n2,Bob\n")
    #expect(document.records.map(\.fields) == [["id", "name"], ["1", "Ann"], ["2", "Bob"]])
    #expect(document.records.map(\.line) == [1, 2, 3])
    #expect(document.encoding == .utf8)
    #expect(document.rows.map(\.line) == [2, 3])
  }

  @Test func acceptsEveryLineEnding() throws {
    let expected = [["a", "b"], ["c", "d"], ["e", "f"]]
    #expect(try CSVTestInput.fields("a,b\r\nc,d\r\ne,f\r\n") == expected)
    #expect(try CSVTestInput.fields("a,b\rc,d\re,f\r") == expected)
    #expect(try CSVTestInput.fields("a,b\nc,d\r\ne,f") == expected)
    #expect(try CSVTestInput.lines("a,b\rc,d\re,f") == [1, 2, 3])
    #expect(try CSVTestInput.lines("a,b\r\nc,d\r\ne,f") == [1, 2, 3])
  }

  @Test func finalRecordWithOrWithoutNewline() throws {
    #expect(try CSVTestInput.fields("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    #expect(try CSVTestInput.fields("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
    #expect(try CSVTestInput.fields("a,b\n1,\n") == [["a", "b"], ["1", ""]])
    #expect(try CSVTestInput.fields("a,b\n1,") == [["a", "b"], ["1", ""]])
  }

  @Test func emptyInputHasNoRecords() throws {
    let document = try CSVTestInput.read("")
    #expect(document.records.isEmpty)
    #expect(document.header == nil)
    #expect(document.rows.isEmpty)
    #expect(try CSVTestInput.read("\n\r\n\r").records.isEmpty)
  }

  @Test func quotedFieldsKeepCommasQuotesAndEmptyValues() throws {
    let text = "name,note\n\"Smith, Jo\",\"She said \"\"no\"\".\"\n\"\",x\n,\n"
    #expect(
      try CSVTestInput.fields(text) == [
        ["name", "note"], ["Smith, Jo", "She said \"no\"."], ["", "x"], ["", ""],
      ])
    #expect(try CSVTestInput.fields("\"\"\"\"") == [["\""]])
    #expect(try CSVTestInput.fields("\"a\"\"\"") == [["a\""]])
  }

  @Test func embeddedNewlinesAdvanceLaterLineNumbers() throws {
    let text = "id,note\n1,\"first\nsecond\r\nthird\rfourth\"\n2,plain\n3,\"x\n\",y\n4,z"
    let document = try CSVTestInput.read(text)
    #expect(document.records.map(\.line) == [1, 2, 6, 7, 9])
    #expect(document.records[1].fields == ["1", "first\nsecond\r\nthird\rfourth"])
    #expect(document.records[3].fields == ["3", "x\n", "y"])
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    let document = try CSVTestInput.read("\n\nid,name\n\n1,Ann\r\n\r\n\r\n2,Bob\n\n")
    #expect(document.records.map(\.fields) == [["id", "name"], ["1", "Ann"], ["2", "Bob"]])
    #expect(document.records.map(\.line) == [3, 5, 8])
  }

  @Test func whitespaceIsPartOfUnquotedFields() throws {
    #expect(try CSVTestInput.fields(" a , b ") == [[" a ", " b "]])
  }

  @Test func rowsOfEmptyCellsAreBlank() throws {
    let document = try CSVTestInput.read("a,b,c\n,,\n , ,\t\n1,,\n")
    #expect(document.rows.map(\.isBlank) == [true, true, false])
  }

  @Test func recordFieldAccess() {
    let record = CSVRecord(line: 4, fields: ["a", "b"])
    #expect(record.count == 2)
    #expect(record[1] == "b")
    #expect(record.field(at: 1) == "b")
    #expect(record.field(at: 2) == nil)
    #expect(record.field(at: -1) == nil)
  }

  @Test func raggedRowsAreReportedNotPadded() throws {
    let document = try CSVTestInput.read("a,b,c\n1,2,3\n1,2\n\n1,2,3,4\n")
    #expect(document.rows.map(\.count) == [3, 2, 4])
    #expect(
      document.fieldCountMismatches == [
        CSVFieldCountMismatch(line: 3, expected: 3, found: 2),
        CSVFieldCountMismatch(line: 5, expected: 3, found: 4),
      ])
    #expect(
      document.fieldCountMismatches.first?.description
        == "line 3: expected 3 fields (as in the header) but found 2")
  }

  @Test func generatedHundredThousandRowsAllParse() throws {
    var text = "Case ID,Child name,DOB,Team,Worker,Category,Opened,Notes\r\n"
    text.reserveCapacity(9_000_000)
    for row in 0..<100_000 {
      let note = row % 7 == 0 ? "\"Said \"\"no\"\",\nthen left\"" : "Routine"
      text += "LCS\(row),\"Child \(row), Surname\",2015-01-01,CP,W\(row % 50),Neglect,2024-02-03,\(note)\r\n"
    }
    let document = try CSVTestInput.read(text)
    #expect(document.rows.count == 100_000)
    #expect(document.fieldCountMismatches.isEmpty)
    // Rows 0, 7, …, 99_995 span two physical lines each.
    #expect(document.records.last?.line == 1 + 100_000 + 14_286)
    #expect(document.rows.first?.fields[7] == "Said \"no\",\nthen left")
  }
}

import Testing

@testable import CFAGInterchange

@Suite("CSV reader: malformed input")
struct CSVReaderErrorTests {
  @Test func unterminatedQuoteNamesTheLineItOpenedOn() throws {
    let error = try #require(CSVTestInput.error("id,note\n1,ok\n2,\"never closed\n3,more\n4,end\n"))
    #expect(error.line == 3)
    #expect(error.kind == .unterminatedQuote(openedAtLine: 3))
    #expect(error.description.contains("line 3"))
    #expect(error.message.contains("opened on line 3"))
  }

  @Test func unterminatedQuoteAfterMultilineFieldCountsPhysicalLines() throws {
    let error = try #require(CSVTestInput.error("a,\"x\ny\"\nb,\"open"))
    #expect(error.line == 3)
  }

  @Test func quoteInsideUnquotedField() throws {
    let error = try #require(CSVTestInput.error("a,b\n1,2\"3\n"))
    #expect(error == CSVError(line: 2, field: 2, kind: .quoteInUnquotedField))
    #expect(error.description.hasPrefix("line 2: field 2: quote inside an unquoted field"))
  }

  @Test func spaceBeforeOpeningQuoteIsAQuoteInsideAnUnquotedField() throws {
    let error = try #require(CSVTestInput.error("a, \"b\"\n"))
    #expect(error == CSVError(line: 1, field: 2, kind: .quoteInUnquotedField))
  }

  @Test func charactersAfterClosingQuote() throws {
    let error = try #require(CSVTestInput.error("a,b\n\"x\ny\"z,2\n"))
    #expect(error == CSVError(line: 3, field: 1, kind: .charactersAfterClosingQuote))
    #expect(
      CSVTestInput.error("\"a\" ,b") == CSVError(line: 1, field: 1, kind: .charactersAfterClosingQuote))
  }

  @Test func errorWithoutFieldOmitsIt() {
    let error = CSVError(line: 7, kind: .unsupportedContent("bad"))
    #expect(error.description == "line 7: bad")
  }
}

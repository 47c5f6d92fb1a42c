import Foundation
import Testing

@testable import CFAGInterchange

@Suite("CSV writer")
struct CSVWriterTests {
  private let plain = CSVWriter.Options(byteOrderMark: false, neutralisesFormulas: false)

  private func text(_ records: [[String]], _ options: CSVWriter.Options) -> String {
    String(decoding: CSVWriter.encode(records, options: options), as: UTF8.self)
  }

  @Test func plainFieldsAreWrittenAsTheyAreWithCRLF() {
    #expect(text([["id", "name"], ["1", "Zoë"]], plain) == "id,name\r\n1,Zoë\r\n")
  }

  @Test func fieldsNeedingQuotesAreQuoted() {
    let record = ["a,b", "say \"hi\"", "two\nlines", "cr\rhere", " lead", "trail ", "\ttab", "in side", ""]
    #expect(
      text([record], plain)
        == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" lead\",\"trail \",\"\ttab\",in side,\r\n"
    )
  }

  @Test func byteOrderMarkIsOptionalAndOnByDefault() {
    #expect(CSVWriter.encode([["a"]]).prefix(3) == [0xEF, 0xBB, 0xBF])
    #expect(CSVWriter.encode([["a"]], options: plain) == Array("a\r\n".utf8))
    var writer = CSVWriter()
    #expect(writer.bytes == [0xEF, 0xBB, 0xBF])
    writer.write(["x", "y"])
    #expect(writer.data == Data([0xEF, 0xBB, 0xBF] + Array("x,y\r\n".utf8)))
  }

  @Test func formulasAreNeutralisedByDefault() {
    let options = CSVWriter.Options(byteOrderMark: false)
    let record = ["=SUM(A1:A2)", "+44 1234", "-5", "@cmd", "plain", "a=b", "\tx"]
    #expect(
      text([record], options)
        == "\"'=SUM(A1:A2)\",\"'+44 1234\",\"'-5\",\"'@cmd\",plain,a=b,\"'\tx\"\r\n")
    #expect(text([["=1+\"2\""]], options) == "\"'=1+\"\"2\"\"\"\r\n")
    #expect(text([["=1"]], plain) == "=1\r\n")
  }

  @Test func neutralisedFormulaReadsBackWithTheApostrophe() throws {
    let bytes = CSVWriter.encode([["h"], ["=HYPERLINK(\"x\")"]])
    #expect(try CSVReader.read(bytes).rows.first?.fields == ["'=HYPERLINK(\"x\")"])
  }

  @Test func singleEmptyFieldIsNotLostAsABlankLine() throws {
    let records = [["h"], [""], [], ["x"]]
    let bytes = CSVWriter.encode(records, options: plain)
    #expect(String(decoding: bytes, as: UTF8.self) == "h\r\n\"\"\r\n\"\"\r\nx\r\n")
    #expect(try CSVReader.read(bytes).records.map(\.fields) == [["h"], [""], [""], ["x"]])
  }
}

import CFAGDomain
import CFAGInterchange
import Foundation
import Testing

/// NUL, broken UTF-8, huge fields and too many columns are refused with line and column.
struct ImportLimitsTests {
  @Test("a return CSV with a 2 MB field is refused with its line and column")
  func hugeReturnField() {
    let huge = String(repeating: "x", count: 2_000_000)
    let text =
      "audit,agency,case,item,answer\nCFAG-2026-01,police,MC-1001,involved,yes\n"
      + "CFAG-2026-01,police,MC-1001,work_done,\(huge)\n"
    let filled = FilledReturn.csv(Array(text.utf8))
    #expect(filled.entries.isEmpty)
    #expect(filled.problems.map(\.line) == [3])
    #expect(
      filled.problems.first?.text == "column \"answer\" is 2000 KB long; a field may hold at most 100 KB")
  }

  @Test("a field with a NUL past the first kilobyte is found where it is")
  func nulAnywhere() {
    let filler = (0..<60).map { "MC-\($0),CIN" }.joined(separator: "\n")
    let text = "Case Reference,Plan Type\n" + filler + "\nMC-X,C\u{0}IN\n"
    #expect(
      throws: CSVError(
        line: 62, field: 2,
        kind: .limit("column \"Plan Type\" holds a NUL byte, which cannot be stored: remove it"))
    ) {
      try CSVReader.read(Array(text.utf8))
    }
  }

  @Test("more than 500 columns is refused")
  func tooManyColumns() {
    let header = (1...501).map { "c\($0)" }.joined(separator: ",")
    #expect(throws: CSVError(line: 1, kind: .limit("501 columns; a file may have at most 500"))) {
      try CSVReader.read(Array((header + "\n").utf8))
    }
  }

  @Test("UTF-8 with a broken byte is refused with its line; plain Windows-1252 is still read")
  func brokenUTF8() throws {
    let broken: [UInt8] = Array("a,b\nCafé,1\n".utf8) + [0x66, 0xFF, 0x2C, 0x32, 0x0A]
    #expect { try CSVReader.read(broken) } throws: { ($0 as? CSVError)?.line == 3 }
    let windows: [UInt8] = Array("a,b\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x2C, 0x31, 0x0A]
    #expect(try CSVReader.read(windows).rows.first?.fields == ["Café", "1"])
  }

  @Test("a Markdown return with a NUL or bytes that are not UTF-8 is refused with its line")
  func markdownReturnBytes() {
    let nul = FilledReturn.markdown(bytes: Array("# Return\n\nline\u{0}\n".utf8))
    #expect(nul.problems.map(\.line) == [3])
    let broken = FilledReturn.markdown(bytes: Array("# Return\n".utf8) + [0xC3, 0x28, 0x0A])
    #expect(broken.problems.map(\.line) == [2])
  }
}

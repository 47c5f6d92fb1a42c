import Testing

@testable import CFAGReports

/// Word tables get column widths from their content: no word broken when the page allows it.
struct ColumnWidthsTests {
  static func widths(_ columns: [[String]], total: Int = 1000) -> [Int] {
    ColumnWidths.widths(of: columns, total: total, characterWidth: 10, padding: 0)
  }

  @Test func widthsFillThePageAndHoldEachColumnsLongestWord() {
    let columns = [
      ["Action", "LL-2026-013"], ["What", "Train core group chairs on SMART planning and review ten plans"],
      ["RAG", "Green"],
    ]
    let widths = Self.widths(columns)
    #expect(widths.reduce(0, +) == 1000)
    #expect(widths[0] >= 110 && widths[2] >= 50)
    // The long text takes what is left.
    #expect(widths[1] > widths[0] + widths[2])
  }

  @Test func aBoldHeaderWordIsGivenRoomToo() {
    // "Good" in bold needs five average characters, not four.
    let long = String(repeating: "requires improvement ", count: 5)
    let widths = Self.widths([["Good", "2", "3"], ["Grade", long, long]], total: 300)
    #expect(widths == [50, 250])
  }

  @Test func textThatFitsOnOneLineSharesTheSpareInProportion() {
    #expect(Self.widths([["", "ab"], ["", "abcd"]], total: 120) == [40, 80])
  }

  @Test func whenEvenTheLongestWordsDoNotFitTheyAreScaledDown() {
    let widths = Self.widths([["", "aaaaaaaaaa"], ["", "bbbbbbbbbbbbbbbbbbbb"]], total: 150)
    #expect(widths == [50, 100])
  }
}

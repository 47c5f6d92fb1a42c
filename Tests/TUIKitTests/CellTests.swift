import Testing

@testable import TUIKit

/// A cell keeps its grapheme inline and gives it back as typed.
struct CellTests {
  @Test(arguments: [" ", "a", "é", "界", "👍🏽", "e\u{301}", "", "🇬🇧"])
  func aGraphemeComesBackAsItWasGiven(text: String) {
    #expect(Cell(text).text == text)
  }

  @Test func aClusterLongerThanACellHoldsKeepsTheScalarsThatFit() {
    let family = "👨‍👩‍👧‍👦"  // seven scalars, 25 bytes
    let kept = Cell(family).text
    #expect(kept.utf8.count <= 15)
    #expect(family.unicodeScalars.starts(with: kept.unicodeScalars))
    #expect(!kept.isEmpty)
  }

  @Test func cellsWithTheSameGraphemeAndStyleAreEqual() {
    #expect(Cell("x", style: Style(bold: true)) == Cell(String("xy".prefix(1)), style: Style(bold: true)))
    #expect(Cell("x") != Cell("y"))
  }
}

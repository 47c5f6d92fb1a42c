import Testing

@testable import TUIKit

@Suite struct LayoutTests {
  @Test func verticalSplitWithFixedAndFill() {
    let parts = Rect(x: 0, y: 0, width: 80, height: 24).split(.vertical, [.fixed(1), .fill(1), .fixed(1)])
    #expect(parts.map(\.height) == [1, 22, 1])
    #expect(parts.map(\.y) == [0, 1, 23])
  }

  @Test func horizontalSplitWithPercentageAndMin() {
    let parts = Rect(x: 2, y: 0, width: 100, height: 5).split(
      .horizontal, [.percentage(30), .min(10), .fill(1)])
    #expect(parts.map(\.width) == [30, 40, 30])
    #expect(parts.map(\.x) == [2, 32, 72])
  }

  @Test func fillWeights() {
    let parts = Rect(x: 0, y: 0, width: 10, height: 1).split(.horizontal, [.fill(1), .fill(3)])
    #expect(parts.map(\.width) == [2, 8])
  }

  @Test func tooSmallAreaNeverGoesNegative() {
    let parts = Rect(x: 0, y: 0, width: 1, height: 3).split(.vertical, [.fixed(2), .fixed(5), .fill(1)])
    #expect(parts.map(\.height) == [2, 1, 0])
  }

  @Test func centredAndIntersection() {
    let area = Rect(x: 0, y: 0, width: 20, height: 10)
    #expect(area.centred(Size(width: 10, height: 4)) == Rect(x: 5, y: 3, width: 10, height: 4))
    #expect(
      area.intersection(Rect(x: 15, y: 8, width: 10, height: 10)) == Rect(x: 15, y: 8, width: 5, height: 2))
  }

  @Test func wrapBreaksAtSpacesAndLongWords() {
    #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrap.truncate("abcdef", width: 4) == "abc…")
  }
}

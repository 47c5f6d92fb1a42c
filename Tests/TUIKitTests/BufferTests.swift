import Testing

@testable import TUIKit

@Suite struct BufferTests {
  @Test func putWritesAndClipsAtTheRightEdge() {
    var buffer = Buffer(size: Size(width: 5, height: 2))
    let end = buffer.put(2, 0, "hello")
    #expect(buffer.text == "  hel\n")
    #expect(end == 5)
  }

  @Test func putRespectsMaxWidthAndNegativeStart() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    buffer.put(-2, 0, "abcdef", maxWidth: 5)
    #expect(buffer.text == "cde")
  }

  @Test func putOutsideRowsIsIgnored() {
    var buffer = Buffer(size: Size(width: 3, height: 1))
    buffer.put(0, 5, "x")
    buffer.put(0, -1, "x")
    #expect(buffer.text == "")
  }

  @Test func wideCharactersTakeTwoColumns() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    let end = buffer.put(0, 0, "日本x")
    #expect(end == 5)
    #expect(buffer[0, 0].width == 2)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer.text == "日本x")
  }

  @Test func wideCharacterThatWouldStraddleTheEdgeIsDropped() {
    var buffer = Buffer(size: Size(width: 3, height: 1))
    buffer.put(0, 0, "a日本")
    #expect(buffer.text == "a日")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.put(0, 0, "日本")
    buffer.put(1, 0, "x")
    #expect(buffer.text == " x本")
    buffer.put(2, 0, "y")
    #expect(buffer.text == " xy")
  }

  @Test func asciiRunOverWideCharactersBlanksTheHalvesItCuts() {
    var buffer = Buffer(size: Size(width: 8, height: 1))
    buffer.put(0, 0, "日本語x")
    // Starts on 日's right half and ends on 語's left half; 本 in between is overwritten whole.
    buffer.put(1, 0, "abcd")
    #expect(buffer.text == " abcd x")
    #expect((0..<8).allSatisfy { buffer[$0, 0].width == 1 })
  }

  @Test func widthsOfCombiningEmojiAndControl() {
    #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
    #expect(DisplayWidth.of("👍" as Character) == 2)
    #expect(DisplayWidth.of("❤️" as Character) == 2)
    #expect(DisplayWidth.of("한" as Character) == 2)
    #expect(DisplayWidth.of("\u{301}" as Character) == 0)
    #expect(DisplayWidth.of("café 日本") == 9)
  }

  @Test("a string's width is the sum of its graphemes', however ASCII and other text mix")
  func stringWidthsAreGraphemeSums() {
    let pieces = [
      "Neglect", " — ", "e\u{301}", "x\u{301}\u{302}", "👨\u{200D}👩\u{200D}👧", "🇬🇧🇫🇷", "1\u{FE0F}\u{20E3}",
      "한국어",
      "\u{0600}1", "a\u{200D}b", "\t", "…", "│─┼", "ab", "z", "\u{1100}\u{1161}\u{11A8}", "\r\n", "日本",
    ]
    var texts = pieces + [""]
    for first in pieces { for second in pieces { texts.append(first + second + "x") } }
    for text in texts {
      #expect(
        DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) },
        "\(text.unicodeScalars.map(\.value))")
      let cut = text.dropFirst()
      #expect(DisplayWidth.of(cut) == cut.reduce(0) { $0 + DisplayWidth.of($1) })
    }
  }

  @Test("a string is cut after the same graphemes however ASCII and other text mix")
  func truncationCutsWholeGraphemes() {
    func reference(_ text: String, _ width: Int) -> String {
      guard DisplayWidth.of(text) > width else { return text }
      var result = ""
      for character in text {
        guard DisplayWidth.of(result) + DisplayWidth.of(character) <= width - 1 else { break }
        result.append(character)
      }
      return result + "…"
    }
    let texts = [
      "Neglect — CFAG-2026-05", "abcde\u{301}fgh", "abc日本語def", "a👨\u{200D}👩\u{200D}👧bcdef",
      "plain ascii text",
      "éèê", "ab\tcd",
    ]
    for text in texts {
      for width in 1...12 {
        #expect(TextWrap.truncate(text, width: width) == reference(text, width), "\(text) \(width)")
      }
    }
  }

  @Test func controlCharactersAreShownAsReplacement() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.put(0, 0, "a\u{1B}b")
    #expect(buffer.text == "a\u{FFFD}b")
  }

  @Test func fillAndStyleSnapshot() {
    var buffer = Buffer(size: Size(width: 4, height: 2))
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("#", style: Style().bolded()))
    buffer.put(0, 1, "ok", style: Style(foreground: .red))
    #expect(buffer.text == " ##\nok")
    #expect(buffer.styleText == ".AA\nBB\nA = bold\nB = fg:red")
  }

  @Test func textTrimsTrailingSpaces() {
    var buffer = Buffer(size: Size(width: 10, height: 1))
    buffer.put(0, 0, "a b   ")
    #expect(buffer.line(0) == "a b")
  }

  /// ASCII beside other text: a letter with a combining accent stays one grapheme in one cell, and
  /// what follows a non-ASCII grapheme is still written column by column.
  @Test func asciiBesideCombiningMarksAndWideGraphemes() {
    var buffer = Buffer(size: Size(width: 16, height: 1))
    let end = buffer.put(0, 0, "cafe\u{301} · 日x\ty")
    #expect(end == 12)
    #expect(
      (0..<12).map { buffer[$0, 0].text } == [
        "c", "a", "f", "e\u{301}", " ", "·", " ", "日", "", "x", " ", "y",
      ])
  }
}

import CFAGDomain
import Testing

/// `trimmingWhitespace` drops white space at either end, ASCII or not, and keeps the rest.
struct WhitespaceTrimmingTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("  spaced  ", "spaced"),
    ("\tline\r\n", "line"),
    ("\u{00A0}non-breaking\u{00A0}", "non-breaking"),
    ("\u{2028}separated\u{3000}", "separated"),
    ("inner  spaces stay", "inner  spaces stay"),
    ("é at the start, ü at the end ü", "é at the start, ü at the end ü"),
    ("   ", ""),
    ("", ""),
  ])
  func whiteSpaceIsDroppedAtEitherEnd(text: String, trimmed: String) {
    #expect(text.trimmingWhitespace == trimmed)
  }
}

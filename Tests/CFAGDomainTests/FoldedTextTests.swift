import Testing

@testable import CFAGDomain

/// Folded text finds one text in another ignoring case, whatever the letters.
struct FoldedTextTests {
  @Test(arguments: [
    ("Plan not SMART", "smart", true), ("Café au lait", "CAFÉ", true), ("Neglect", "neglect", true),
    ("Neglect", "glect ", false), ("ab", "abc", false), ("anything", "", true),
    ("Père Noël", "noël", true), ("Pere Noel", "noël", false),
  ])
  func findsOneTextInAnother(text: String, query: String, found: Bool) {
    #expect(FoldedText(text).contains(FoldedText(query)) == found)
  }

  /// Folding gives the bytes `lowercased()` gives: every ASCII byte, and letters beyond it.
  @Test(arguments: [
    String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self), "Père Noël · CAFÉ", "ΣΑΣ ΟΔΟΣ",
    "İstanbul ǅ ß ẞ",
    "MC-2004 😀 é", "",
  ])
  func foldsAsLowercasedDoes(text: String) {
    #expect(FoldedText(text).bytes == Array(text.lowercased().utf8))
  }
}

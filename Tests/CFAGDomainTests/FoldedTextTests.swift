import CFAGDomain
import Testing

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
}

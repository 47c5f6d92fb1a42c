import Testing

@testable import CFAGDomain

/// A reference's key (what any spelling of it matches by) is its letters and digits, lower-cased:
/// the same whether worked out byte by byte (ASCII) or character by character.
struct ReferenceKeyTests {
  @Test(arguments: [
    "MC-1002", "mc 1002", "MC1002", "cin/2026/17", "  lcs_000123 ", "A1", "", "--", "Mc-1002 ~!@#[]{}|\\`",
    String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self),
  ])
  func keysASCIIAsCharactersDo(text: String) {
    #expect(ReferenceMatcher.key(of: text) == ReferenceMatcher.parts(of: text).map { String($0) }.joined())
  }

  @Test func keysOtherTextByItsCharacters() {
    #expect(
      ReferenceMatcher.key(of: "MC-١٠٠٢ Élan")
        == ReferenceMatcher.parts(of: "MC-١٠٠٢ Élan").map { String($0) }.joined())
    #expect(ReferenceMatcher.key(of: "MC–1002") == "mc1002")
  }
}

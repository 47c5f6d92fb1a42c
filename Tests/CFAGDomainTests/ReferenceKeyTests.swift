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

  @Test func asciiReferencesArePartedAsCharactersAre() {
    #expect(ReferenceMatcher.parts(of: "MC-1002") == [["m", "c"], ["1", "0", "0", "2"]])
    #expect(
      ReferenceMatcher.parts(of: " cin/2026/17a") == [
        ["c", "i", "n"], ["2", "0", "2", "6"], ["1", "7"], ["a"],
      ])
    #expect(ReferenceMatcher.parts(of: "-- ~").isEmpty)
  }

  /// A matcher of ASCII references (cut byte by byte) finds what one with a non-ASCII reference
  /// among them (cut character by character) finds in text without that reference.
  @Test func asciiReferencesMatchAsCharactersDo() {
    let references = ["MC-1002", "LCS 77", "mc-10", "A1"].map { CaseReference(trusted: $0) }
    let text = "Seen in mc1002, LCS-77 and MC 10; not a1b or xMC-1002, but A1."
    let ascii = ReferenceMatcher(references).matches(in: text)
    let mixed = ReferenceMatcher(references + [CaseReference(trusted: "Ü-1")]).matches(in: text)
    #expect(ascii.map(\.reference.value) == ["MC-1002", "LCS 77", "mc-10", "A1"])
    #expect(ascii.map(\.reference) == mixed.map(\.reference))
    #expect(ascii.map(\.written) == mixed.map(\.written))
  }
}

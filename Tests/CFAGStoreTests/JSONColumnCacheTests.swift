import CFAGDomain
import Testing

@testable import CFAGStore

/// Each distinct text is decoded once while the store is open, whichever text was asked for last.
struct JSONColumnCacheTests {
  @Test func eachTextIsDecodedOnce() throws {
    let cache = JSONColumnCache<Theme>()
    var decoded: [String] = []
    func theme(_ text: String, id: String) -> Theme {
      cache.value(of: text) {
        decoded.append(text)
        var theme = StoreFixture.theme
        theme.id = id
        return theme
      }
    }
    let first = String(repeating: "a", count: 10_000)
    let second = String(repeating: "a", count: 9_999) + "b"
    #expect(theme(first, id: "first").id == "first")
    #expect(theme(first, id: "other").id == "first")
    #expect(theme(second, id: "second").id == "second")
    #expect(theme(first, id: "other").id == "first")
    #expect(theme(second, id: "other").id == "second")
    #expect(decoded == [first, second])
  }
}

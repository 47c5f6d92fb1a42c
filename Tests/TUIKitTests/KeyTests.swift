import Testing

@testable import TUIKit

@Suite struct KeyTests {
  @Test func parsesNames() {
    #expect(Key("ctrl-r") == .ctrl("r"))
    #expect(Key("C-x") == .ctrl("x"))
    #expect(Key("^R") == .ctrl("r"))
    #expect(Key("?") == .character("?"))
    #expect(Key("enter") == .enter)
    #expect(Key("pgdn") == .pageDown)
    #expect(Key("shift-tab") == .backTab)
    #expect(Key("F5") == .function(5))
    #expect(Key("space") == .character(" "))
    #expect(Key("nonsense") == nil)
  }

  @Test func descriptionRoundTrips() {
    let keys: [Key] = [.ctrl("r"), .character("q"), .enter, .escape, .pageDown, .function(2), .backTab, .up]
    for key in keys { #expect(Key(key.description) == key) }
  }

  @Test func labels() {
    #expect(Key.ctrl("r").label == "^R")
    #expect(Key.pageDown.label == "PgDn")
  }
}

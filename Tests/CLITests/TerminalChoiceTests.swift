import CursesBackend
import Testing

@testable import cfag

/// The one decision about which terminal type the screens open with.
struct TerminalChoiceTests {
  static let full = TerminalProbe(known: true, colours: 256, cursorAddressing: true)
  static let table: [String: TerminalProbe] = [
    "xterm-256color": full, "tmux-256color": full,
    "dumb": TerminalProbe(known: true, colours: 0, cursorAddressing: false),
  ]

  static func lookup(_ term: String) -> TerminalProbe {
    table[term] ?? TerminalProbe(known: false, colours: 0, cursorAddressing: false)
  }

  @Test func aKnownTypeOpensAsItIs() {
    #expect(
      TerminalChoice.decide(term: "tmux-256color", lookup: Self.lookup)
        == .open(term: "tmux-256color", Self.full))
  }

  @Test func aTypeMissingFromTerminfoFallsBackWithANotice() {
    let choice = TerminalChoice.decide(term: "xterm-kitty", lookup: Self.lookup)
    #expect(choice == .fallback(term: "xterm-kitty", to: "xterm-256color", Self.full))
    #expect(choice.type == "xterm-256color")
    #expect(choice.notice?.contains("TERM=xterm-kitty") == true)
    #expect(TerminalChoice.decide(term: "alacritty", lookup: Self.lookup).type == "xterm-256color")
  }

  @Test func aTerminalThatCannotDrawTheScreensIsSentToTheCommands() {
    let dumb = TerminalChoice.decide(term: "dumb", lookup: Self.lookup)
    #expect(dumb == .noCursorAddressing(term: "dumb"))
    #expect(dumb.type == nil)
    #expect(TerminalApp.refusal(dumb).contains("cfag --help"))
    #expect(TerminalChoice.decide(term: "", lookup: Self.lookup) == .unset)
    let nothing = TerminalChoice.decide(term: "xterm-kitty") { _ in Self.lookup("none") }
    #expect(nothing == .unknown(term: "xterm-kitty"))
    #expect(TerminalApp.refusal(nothing).contains("cfag --help"))
  }

  @Test func theRealTerminfoKnowsTheFallback() {
    #expect(TerminalChoice.decide(term: "no-such-terminal-type").type == "xterm-256color")
  }
}

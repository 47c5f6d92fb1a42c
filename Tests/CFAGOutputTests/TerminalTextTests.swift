import CFAGOutput
import Testing

struct TerminalTextTests {
  @Test("ESC, BEL, OSC 52 and C1 controls come out as visible escapes, no byte below 0x20")
  func controlsAreShown() {
    let typed = "Title\u{1B}]0;owned\u{07} \u{1B}]52;c;cm0gLXJm\u{07}\u{1B}[2J\u{9B}31m\u{7F}\r end"
    let safe = TerminalText.safe(typed)
    #expect(safe == #"Title\x1B]0;owned\x07 \x1B]52;c;cm0gLXJm\x07\x1B[2J\x9B31m\x7F\x0D end"#)
    #expect(!safe.utf8.contains { $0 < 0x20 || $0 == 0x7F })
  }

  @Test("tab, newline and CR LF stay; bidi overrides are shown")
  func layoutStaysAndBidiIsShown() {
    #expect(TerminalText.safe("a\tb\nc\r\nd") == "a\tb\nc\r\nd")
    #expect(TerminalText.safe("abc\u{202E}fed\u{2066}x") == #"abc\u{202E}fed\u{2066}x"#)
    #expect(TerminalText.safe("Café – naïve 👍") == "Café – naïve 👍")
  }
}

struct MarkdownTextTests {
  @Test("raw HTML, links, images and emphasis are escaped")
  func inlineSyntaxIsEscaped() {
    #expect(
      MarkdownText.escape("<script>x</script> [click](javascript:alert(1)) ![i](x) *b* _i_ `c` ~~s~~ a|b")
        == #"\<script\>x\</script\> \[click\](javascript:alert(1)) !\[i\](x) \*b\* \_i\_ \`c\` \~\~s\~\~ a\|b"#
    )
    #expect(MarkdownText.escape("&lt;b&gt; & co") == #"\&lt;b\&gt; & co"#)
  }

  @Test("a line cannot start a heading, list, quote or numbered item")
  func blockStartsAreEscaped() {
    let typed = "Fine.\n## Headline\n- item\n+ item\n> quote\n1. first\n=====\n    code"
    #expect(
      MarkdownText.escape(typed)
        == "Fine.\n\\## Headline\n\\- item\n\\+ item\n\\> quote\n1\\. first\n\\=====\n\u{00A0}\u{00A0}\u{00A0}\u{00A0}code"
    )
    #expect(MarkdownText.escape("In 2026. Plan - agreed #3") == "In 2026. Plan - agreed #3")
  }

  @Test("a table cell stays on one line")
  func cellsStayOnOneLine() {
    #expect(MarkdownText.cell("one | two\nthree\r\nfour") == #"one \| two<br>three<br>four"#)
  }
}

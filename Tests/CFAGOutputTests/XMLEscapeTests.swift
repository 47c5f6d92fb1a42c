import CFAGOutput
import Testing

struct XMLEscapeTests {
  @Test("markup is escaped, controls XML forbids are dropped, tabs, line breaks and other scripts stay")
  func escapes() {
    let typed = "The child's \"plan\" <b> & 1 < 2\u{1}\u{8}\tnext\r\nline: café, 漢字 😀\u{7F}"
    #expect(
      XML.escape(typed)
        == "The child&apos;s &quot;plan&quot; &lt;b&gt; &amp; 1 &lt; 2\tnext\r\nline: café, 漢字 😀\u{7F}")
    #expect(XML.escape("Nothing to escape: 漢字") == "Nothing to escape: 漢字")
  }
}

import Testing

@testable import CFAGOutput

/// The XML reader: namespaces in scope, references, CDATA, what it skips, and each refusal with
/// the line at fault.
struct XMLReaderTests {
  typealias Name = XMLReader.Name
  typealias Attribute = XMLReader.Attribute

  static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let other = "urn:example:other"

  static func events(_ bytes: [UInt8]) throws(XMLReadError) -> [XMLReader.Event] {
    var reader = try XMLReader(bytes)
    var events: [XMLReader.Event] = []
    while let event = try reader.next() { events.append(event) }
    return events
  }

  static func events(_ text: String) throws(XMLReadError) -> [XMLReader.Event] {
    try events(Array(text.utf8))
  }

  static func failure(_ bytes: [UInt8]) -> XMLReadError? {
    do {
      _ = try events(bytes)
      return nil
    } catch {
      return error
    }
  }

  @Test func namesResolveAgainstTheDeclarationsInScope() throws {
    let xml = """
      <w:document xmlns:w="\(Self.word)" xmlns="\(Self.other)" a="1" w:b="2">\
      <w:t xml:space="preserve">x</w:t>\
      <plain/>\
      <inner xmlns="\(Self.word)" xmlns:w="\(Self.other)"><w:t/><t/></inner>\
      <none xmlns=""><t/></none>\
      <w:t/>\
      </w:document>
      """
    #expect(
      try Self.events(xml) == [
        .start(
          Name("document", namespace: Self.word),
          attributes: [Attribute(Name("a"), "1"), Attribute(Name("b", namespace: Self.word), "2")]),
        .start(
          Name("t", namespace: Self.word),
          attributes: [Attribute(Name("space", namespace: XMLReader.xmlNamespace), "preserve")]),
        .text("x"),
        .end(Name("t", namespace: Self.word)),
        .start(Name("plain", namespace: Self.other), attributes: []),
        .end(Name("plain", namespace: Self.other)),
        // Redeclared inside: both bindings swap for the element and its content only.
        .start(Name("inner", namespace: Self.word), attributes: []),
        .start(Name("t", namespace: Self.other), attributes: []),
        .end(Name("t", namespace: Self.other)),
        .start(Name("t", namespace: Self.word), attributes: []),
        .end(Name("t", namespace: Self.word)),
        .end(Name("inner", namespace: Self.word)),
        .start(Name("none"), attributes: []),
        .start(Name("t"), attributes: []),
        .end(Name("t")),
        .end(Name("none")),
        .start(Name("t", namespace: Self.word), attributes: []),
        .end(Name("t", namespace: Self.word)),
        .end(Name("document", namespace: Self.word)),
      ])
  }

  @Test func referencesBecomeTheirCharacters() throws {
    let xml =
      "<a v='&lt;&#65;&#x42;&quot;\tx\r\ny'>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x1F600;&#xe9;</a>"
    #expect(
      try Self.events(xml) == [
        .start(Name("a"), attributes: [Attribute(Name("v"), "<AB\" x y")]),
        .text("<b> & \"q\" 's' A😀é"),
        .end(Name("a")),
      ])
  }

  @Test func lineEndsInTextBecomeLineFeeds() throws {
    #expect(try Self.events("<a>1\r\n2\r3\n4</a>")[1] == .text("1\n2\n3\n4"))
  }

  @Test func cdataIsTextAsWritten() throws {
    #expect(
      try Self.events("<a>x<![CDATA[<b>&amp;]]]]>y</a>") == [
        .start(Name("a"), attributes: []), .text("x<b>&amp;]]y"), .end(Name("a")),
      ])
  }

  @Test func theDeclarationCommentsAndInstructionsAreSkipped() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <!-- before -->
      <?mso-application progid="Word.Document"?>
      <a>one<!-- inside --> two<?pi data?> three</a>
      <!-- after -->

      """
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    #expect(
      try Self.events(bom + Array(xml.utf8)) == [
        .start(Name("a"), attributes: []), .text("one two three"), .end(Name("a")),
      ])
  }

  @Test func anEmptyElementStartsAndEnds() throws {
    #expect(try Self.events("<a/>") == [.start(Name("a"), attributes: []), .end(Name("a"))])
  }

  @Test(
    "each refusal names its line and what is wrong",
    arguments: [
      ("<a>\n<b>\n</a></b>", 3, "</a> does not close <b> (opened on line 2)"),
      ("<a>\n<b></b>\n", 3, "the document ends before <a> (opened on line 1) is closed"),
      ("<a>\n  <x:b/>\n</a>", 2, "the prefix \"x\" of x:b is not declared"),
      ("<a\n y:c=\"1\"/>", 2, "the prefix \"y\" of y:c is not declared"),
      ("<a>\n<b xmlns:x=\"urn:x\"/><x:c/></a>", 2, "the prefix \"x\" of x:c is not declared"),
      ("<a>\n\n&nbsp;</a>", 3, "the entity &nbsp; is unknown (XML defines only lt, gt, amp, quot, apos)"),
      (
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>", 2,
        "a DOCTYPE is not accepted"
      ),
      ("<a>\n&#0;</a>", 2, "the character reference &#0; is not a character XML allows"),
      ("<a>\n&#xD800;</a>", 2, "the character reference &#xD800; is not a character XML allows"),
      ("<a>\n&#x110000;</a>", 2, "the character reference &#x110000; is not a character XML allows"),
      ("<a>\n&#12a;</a>", 2, "the character reference &#12a; is not a character XML allows"),
      ("<a>\n&#;</a>", 2, "the character reference &#; is not a character XML allows"),
      ("<a>\nx &amp y</a>", 2, "the reference &amp is not closed by \";\""),
      ("<a>\nx & y</a>", 2, "a bare \"&\" (write &amp;)"),
      ("<a/>\nhello", 2, "text after the root element"),
      ("<a/>\n<b/>", 2, "a second root element after the first"),
      ("hello\n<a/>", 1, "text before the root element"),
      ("<a/>\n</a>", 2, "markup after the root element"),
      ("<!-- only a comment -->\n", 2, "the document has no root element"),
      ("<a x='1'\n x='2'/>", 2, "the attribute x appears twice in <a>"),
      (
        "<a xmlns:p='urn:x' xmlns:q='urn:x' p:x='1'\n q:x='2'/>", 2,
        "the attribute q:x of <a> repeats another's name in the same namespace"
      ),
      ("<a\n x='<'/>", 2, "\"<\" in an attribute's value (write &lt;)"),
      ("<a x=1/>", 1, "an attribute's value is not in quotes"),
      ("<a>\n]]></a>", 2, "\"]]>\" is not allowed in text"),
      ("<a>\n<!-- a -- b --></a>", 2, "\"--\" inside a comment"),
      ("<a>\n<?xml version=\"1.0\"?></a>", 2, "an XML declaration after the start of the document"),
      (
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", 1,
        "the document is declared as ISO-8859-1; only UTF-8 is read"
      ),
      ("<a>\n<![CDATA[x</a>", 2, "a CDATA section is not closed by \"]]>\""),
      ("<a>\n<1b/></a>", 2, "< is not followed by a name"),
      ("<a:b:c xmlns:a='urn:x'/>", 1, "a name with two colons after <"),
      ("<a xmlns:p=''/>", 1, "the prefix \"p\" is declared with no namespace"),
      ("<a\n\n b='1'c='2'/>", 3, "unexpected \"c\" in the tag <a>"),
      ("<a>\n\u{1}</a>", 2, "the control character U+0001 is not allowed in XML"),
    ])
  func refusal(xml: String, line: Int, reason: String) {
    #expect(Self.failure(Array(xml.utf8)) == XMLReadError(line: line, reason: reason))
  }

  @Test func invalidUTF8IsRefusedAtItsLine() {
    let bytes = Array("<a>\n\n".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
    #expect(
      Self.failure(bytes) == XMLReadError(line: 3, reason: "invalid UTF-8 (byte 0x28 inside a character)"))
    // An overlong "/" and an encoded surrogate are not UTF-8 either.
    #expect(
      Self.failure(Array("<a>".utf8) + [0xC0, 0xAF] + Array("</a>".utf8))?.reason
        == "invalid UTF-8 (byte 0xC0)")
    #expect(
      Self.failure(Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8))?.reason
        == "invalid UTF-8 (byte 0xA0 inside a character)")
    #expect(
      Self.failure(Array("<a>".utf8) + [0xE2, 0x82])
        == XMLReadError(line: 1, reason: "invalid UTF-8 (the text ends inside a character)"))
  }

  @Test func theErrorSaysItsLine() {
    #expect(
      "\(XMLReadError(line: 4, reason: "text after the root element"))"
        == "line 4: text after the root element")
  }
}

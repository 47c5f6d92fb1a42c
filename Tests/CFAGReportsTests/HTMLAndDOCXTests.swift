import CFAGDomain
import CFAGOutput
import Foundation
import Testing

@testable import CFAGReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML is well-formed XHTML with no external addresses; the DOCX is a zip of parseable parts.
struct HTMLAndDOCXTests {
  /// Parses XML text, returning the parser's error if it is not well-formed.
  static func parseError(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    return parser.parse()
      ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)"
  }

  @Test("HTML parses as XML", arguments: ["mixed", "none-good", "one-case", "internal"])
  func htmlIsWellFormed(fixture: String) {
    let html = HTMLRenderer.render(OverviewReport.build(Self.input(fixture)).document)
    #expect(Self.parseError(html) == nil)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func htmlHasNoExternalAssetsOrAddresses() {
    let html = HTMLRenderer.render(OverviewReport.build(Self.input("internal")).document)
    for forbidden in ["http:", "https:", "src=", "href=", "url(", "@import", "//"] {
      #expect(!html.contains(forbidden), "HTML contains \(forbidden)")
    }
  }

  @Test func htmlIsAccessible() {
    let html = HTMLRenderer.render(OverviewReport.build(Fixtures.mixed()).document)
    #expect(html.contains("<th scope=\"col\">Grade</th>"))
    #expect(html.contains("<th scope=\"row\">Assessment</th>"))
    #expect(html.contains("<svg role=\"img\" aria-labelledby=\"b"))
    // Colour is backed by words: a coloured grade cell says its grade.
    #expect(html.contains("style=\"background:#cce2d8\">Good</td>"))
    #expect(html.contains("class=\"watermark\" aria-hidden=\"true\">DRAFT</div>"))
    #expect(html.contains("@page { size: A4;"))
  }

  @Test func userTextIsEscaped() {
    var input = Fixtures.mixed()
    input.sections["summary"] = "Agencies <b>must</b> & will \"escalate\"."
    let html = HTMLRenderer.render(OverviewReport.build(input).document)
    #expect(html.contains("Agencies &lt;b&gt;must&lt;/b&gt; &amp; will &quot;escalate&quot;."))
    #expect(Self.parseError(html) == nil)
  }

  @Test func docxHoldsTheOOXMLPartsAndEachParses() throws {
    let data = try DOCXRenderer.render(OverviewReport.build(Self.input("internal")).document)
    let archive = try ZipArchive.read(data)
    #expect(
      archive.map(\.name) == [
        "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
        "word/document.xml", "word/header1.xml",
      ])
    for entry in archive {
      let text = String(decoding: entry.data, as: UTF8.self)
      #expect(Self.parseError(text) == nil, "\(entry.name) is not well-formed")
    }
    let document = try Self.part("word/document.xml", of: archive)
    #expect(document.contains("<w:body>") && document.contains("<w:sectPr>"))
    #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    #expect(
      document.contains("1 of the 6 cases looked at in the themed audit of children on a child in need plan"))
    #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>"))
    #expect(document.contains("<w:tblHeader/>"))
    let header = try Self.part("word/header1.xml", of: archive)
    #expect(header.contains("INTERNAL: for the audit panel only"))
    let relationships = try Self.part("word/_rels/document.xml.rels", of: archive)
    #expect(
      relationships.contains("Target=\"styles.xml\"") && relationships.contains("Target=\"header1.xml\""))
  }

  @Test func signedOffDocxHasNoHeaderPart() throws {
    let data = try DOCXRenderer.render(OverviewReport.build(Fixtures.noneGood()).document)
    let archive = try ZipArchive.read(data)
    #expect(!archive.contains { $0.name == "word/header1.xml" })
    #expect(!(try Self.part("[Content_Types].xml", of: archive)).contains("header"))
  }

  @Test func docxIsTheSameBytesEachTime() throws {
    let document = OverviewReport.build(Fixtures.mixed()).document
    #expect(try DOCXRenderer.render(document) == DOCXRenderer.render(document))
  }

  static func part(_ path: String, of archive: [ZipArchive.Entry]) throws -> String {
    let entry = try #require(archive.first { $0.name == path })
    return String(decoding: entry.data, as: UTF8.self)
  }

  static func input(_ name: String) -> ReportInput {
    switch name {
    case "none-good": return Fixtures.noneGood()
    case "one-case": return Fixtures.oneCase()
    case "internal":
      var input = Fixtures.mixed()
      input.options = ReportOptions(isInternal: true)
      return input
    default: return Fixtures.mixed()
    }
  }
}

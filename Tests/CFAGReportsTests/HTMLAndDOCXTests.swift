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

  @Test("a Word run keeps its tabs as Word tabs and escapes its text, bold or not")
  func wordRunsKeepTabs() {
    #expect(
      DOCXText.run("a\tb & c", bold: true)
        == "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">a</w:t><w:tab/>"
        + "<w:t xml:space=\"preserve\">b &amp; c</w:t></w:r>")
    #expect(DOCXText.run("plain") == "<w:r><w:t xml:space=\"preserve\">plain</w:t></w:r>")
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
        "word/numbering.xml", "word/settings.xml", "word/document.xml", "word/footer1.xml",
        "word/header1.xml",
        "word/media/chart1.png", "word/media/chart2.png", "word/media/chart3.png",
      ])
    for entry in archive where !entry.name.hasPrefix("word/media/") {
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
    // The draft's watermark is a shape behind the text.
    #expect(header.contains("string=\"DRAFT\"") && header.contains("z-index:-"))
    let relationships = try Self.part("word/_rels/document.xml.rels", of: archive)
    #expect(
      relationships.contains("Target=\"styles.xml\"") && relationships.contains("Target=\"header1.xml\""))
  }

  @Test func docxTablesHaveWidthsListsAreWordListsAndChartsArePictures() throws {
    let archive = try ZipArchive.read(
      try DOCXRenderer.render(OverviewReport.build(Self.input("mixed")).document))
    let document = try Self.part("word/document.xml", of: archive)
    let gridColumns = document.components(separatedBy: "<w:gridCol").dropFirst()
    #expect(!gridColumns.isEmpty)
    #expect(gridColumns.allSatisfy { $0.hasPrefix(" w:w=\"") }, "a column without a width")
    #expect(document.contains("<w:tblHeader/>") && document.contains("<w:tblLayout w:type=\"fixed\"/>"))
    #expect(document.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"))
    #expect(!document.contains("\u{2022}"))
    #expect(try Self.part("word/numbering.xml", of: archive).contains("<w:numFmt w:val=\"bullet\"/>"))
    // The grades chart: three bars, each a PNG picture the document links to.
    #expect(document.contains("Chart: the cases by the panel&apos;s overall grade"))
    let pictures = archive.filter { $0.name.hasPrefix("word/media/") }
    #expect(pictures.count == 3)
    #expect(
      pictures.allSatisfy { $0.data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) })
    let relationships = try Self.part("word/_rels/document.xml.rels", of: archive)
    #expect(
      relationships.contains("Id=\"rIdchart1\"") && relationships.contains("Target=\"media/chart1.png\""))
    #expect(document.contains("<a:blip r:embed=\"rIdchart1\"/>"))
    #expect(try Self.part("[Content_Types].xml", of: archive).contains("Extension=\"png\""))
  }

  @Test func aLongDocxOpensWithContentsWhosePageNumbersAreFields() throws {
    let sections = (1...12).flatMap { number -> [Block] in
      [.heading(level: 2, text: "Section \(number)")]
        + Array(repeating: .paragraph(String(repeating: "A sentence of the report. ", count: 20)), count: 4)
    }
    let longDocument = ReportDocument(title: "Long", blocks: sections)
    #expect(DOCXContents.estimatedPages(longDocument.blocks) > 4)
    let long = try Self.part(
      "word/document.xml", of: try ZipArchive.read(try DOCXRenderer.render(longDocument)))
    #expect(long.contains("Contents"))
    #expect(
      long.contains("PAGEREF _Toc1 \\h") && long.contains("<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/>"))
    let short = ReportDocument(
      title: "Short", blocks: [.heading(level: 2, text: "One"), .paragraph("Text.")])
    let shortXML = try Self.part("word/document.xml", of: try ZipArchive.read(try DOCXRenderer.render(short)))
    #expect(!shortXML.contains("PAGEREF"))
  }

  @Test func aSignedOffDocxWithoutSettingsHasNoHeaderPartButPageNumbers() throws {
    let data = try DOCXRenderer.render(OverviewReport.build(Fixtures.noneGood()).document)
    let archive = try ZipArchive.read(data)
    #expect(!archive.contains { $0.name == "word/header1.xml" })
    #expect(!(try Self.part("[Content_Types].xml", of: archive)).contains("header"))
    #expect(try Self.part("word/footer1.xml", of: archive).contains("NUMPAGES"))
  }

  static let settings = DocumentSettings(
    partnership: "Medway Safeguarding Children Partnership", reportTo: "MSCP Executive",
    author: "Business Manager")

  /// The signed-off fixture (one amendment) issued under the settings.
  static var controlled: ReportDocument {
    var input = Fixtures.noneGood()
    input.settings = settings
    return OverviewReport.build(input).document
  }

  @Test func everyFormatCarriesTheCoverAndTheMarking() throws {
    let document = Self.controlled
    #expect(document.control?.version == 2)
    let markdown = MarkdownRenderer.render(document)
    #expect(markdown.hasPrefix("**OFFICIAL-SENSITIVE**\n\n# "))
    #expect(markdown.hasSuffix("**OFFICIAL-SENSITIVE**\n"))
    #expect(markdown.contains("- **Report to:** MSCP Executive\n"))
    #expect(markdown.contains("- **Version:** v2\n"))
    #expect(markdown.contains("- **Issue date:** \(Fixtures.today.long)\n"))

    let html = HTMLRenderer.render(document)
    #expect(Self.parseError(html) == nil)
    #expect(html.contains("@top-center { content: \"OFFICIAL-SENSITIVE\""))
    #expect(html.contains("@bottom-center { content: \"OFFICIAL-SENSITIVE\""))
    #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages)"))
    #expect(html.contains("<p class=\"marking\">OFFICIAL-SENSITIVE</p>"))

    let archive = try ZipArchive.read(try DOCXRenderer.render(document))
    let header = try Self.part("word/header1.xml", of: archive)
    let footer = try Self.part("word/footer1.xml", of: archive)
    #expect(header.contains(">OFFICIAL-SENSITIVE<") && footer.contains(">OFFICIAL-SENSITIVE<"))
    #expect(footer.contains("w:instr=\" PAGE \\* MERGEFORMAT \"") && footer.contains("w:instr=\" NUMPAGES "))
    #expect(try Self.part("word/document.xml", of: archive).contains("Partnership: "))
  }

  @Test func aMarkingCannotBreakOutOfTheStylesheet() {
    var document = Self.controlled
    document.control?.settings.marking = "OFFICIAL & \"; } </style><script>x</script>"
    let html = HTMLRenderer.render(document)
    #expect(!html.contains("<script>"))
    #expect(Self.parseError(html) == nil)
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

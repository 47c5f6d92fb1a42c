import CFAGOutput
import Foundation

/// Renders a document as a Word file (Office Open XML): headings kept with what follows, tables
/// with column widths from their content and a header row repeated on every page, Word lists,
/// charts as pictures, a table of contents for a long document, the protective marking and the
/// page marks in a header on every page (a draft also behind the text), and the marking and
/// "Page N of M" in the footer.
public enum DOCXRenderer {
  /// The file's bytes.
  public static func render(_ document: ReportDocument) throws -> Data {
    var body = DOCXBody()
    body.add(document)
    let marking = document.marking.map { [DOCXText.paragraph($0, style: "Marking")] } ?? []
    let watermark = document.marks.contains(.draft) ? [DOCXWatermark.paragraph(PageMark.draft.word)] : []
    let header = marking + document.marks.map { DOCXText.paragraph($0.line, style: "Mark") } + watermark
    let footer = marking + [pageNumbers]
    var packaged: OOXMLPackage.Parts = [.numbering, .settings]
    if !header.isEmpty { packaged.insert(.header) }
    let pictures = try body.pictures.map { (name: $0.name, data: try $0.image.encoded()) }
    var parts = [
      ("[Content_Types].xml", OOXMLPackage.contentTypes(packaged)),
      ("_rels/.rels", OOXMLPackage.packageRelationships),
      (
        "word/_rels/document.xml.rels",
        OOXMLPackage.documentRelationships(packaged, pictures: pictures.map(\.name))
      ),
      ("word/styles.xml", DOCXStyles.xml),
      ("word/numbering.xml", DOCXStyles.numbering),
      ("word/settings.xml", DOCXStyles.settings(updateFields: body.hasContents)),
      ("word/document.xml", documentXML(body, header: !header.isEmpty)),
      ("word/footer1.xml", OOXMLPackage.part("w:ftr", footer)),
    ]
    if !header.isEmpty { parts.append(("word/header1.xml", OOXMLPackage.part("w:hdr", header))) }
    return try OOXMLPackage.zip(parts, pictures: pictures)
  }

  /// "Page N of M", the numbers as Word fields so they are right on every page.
  static let pageNumbers =
    "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>" + DOCXText.run("Page ") + field("PAGE")
    + DOCXText.run(" of ") + field("NUMPAGES") + "</w:p>"

  /// A simple field (PAGE, NUMPAGES) with a placeholder Word replaces when it lays the pages out.
  static func field(_ instruction: String) -> String {
    "<w:fldSimple w:instr=\" \(instruction) \\* MERGEFORMAT \">" + DOCXText.run("1") + "</w:fldSimple>"
  }

  /// The usable width of an A4 page between the margins, in twentieths of a point.
  static let textWidth = 11906 - 2 * 1021

  static func documentXML(_ body: DOCXBody, header: Bool) -> String {
    let headerReference = header ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : ""
    let section =
      "<w:sectPr>\(headerReference)<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
      + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"1134\" w:right=\"1021\" w:bottom=\"1134\" w:left=\"1021\" w:header=\"567\" "
      + "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
    return OOXMLPackage.part("w:document", ["<w:body>"] + body.xml + [section, "</w:body>"])
  }
}

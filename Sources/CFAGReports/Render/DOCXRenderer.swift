import CFAGOutput
import Foundation

/// Renders a document as a Word file (Office Open XML): headings, tables and the headline, with
/// the protective marking and the page marks (draft, internal) in a header on every page, and the
/// marking and "Page N of M" in the footer.
public enum DOCXRenderer {
  /// The file's bytes.
  public static func render(_ document: ReportDocument) throws -> Data {
    try OOXMLPackage.zip(parts(document))
  }

  /// Each part's path and XML text.
  static func parts(_ document: ReportDocument) -> [(String, String)] {
    let marking = document.marking.map { [paragraph($0, style: "Marking")] } ?? []
    let header = marking + document.marks.map { paragraph($0.line, style: "Mark") }
    let footer = marking + [pageNumbers]
    var parts = [
      ("[Content_Types].xml", OOXMLPackage.contentTypes(header: !header.isEmpty)),
      ("_rels/.rels", OOXMLPackage.packageRelationships),
      ("word/_rels/document.xml.rels", OOXMLPackage.documentRelationships(header: !header.isEmpty)),
      ("word/styles.xml", DOCXStyles.xml),
      ("word/document.xml", documentXML(document, header: !header.isEmpty)),
      ("word/footer1.xml", OOXMLPackage.part("w:ftr", footer)),
    ]
    if !header.isEmpty { parts.append(("word/header1.xml", OOXMLPackage.part("w:hdr", header))) }
    return parts
  }

  /// "Page N of M", the numbers as Word fields so they are right on every page.
  static let pageNumbers =
    "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>" + run("Page ") + field("PAGE") + run(" of ")
    + field("NUMPAGES") + "</w:p>"

  /// A simple field (PAGE, NUMPAGES) with a placeholder Word replaces when it lays the pages out.
  static func field(_ instruction: String) -> String {
    "<w:fldSimple w:instr=\" \(instruction) \\* MERGEFORMAT \">" + run("1") + "</w:fldSimple>"
  }

  static func documentXML(_ document: ReportDocument, header: Bool) -> String {
    var body = document.marking.map { [paragraph($0, style: "Marking")] } ?? []
    body.append(paragraph(document.title, style: "Title"))
    body += document.cover.map { paragraph([run($0.label + ": ", bold: true), run($0.value)]) }
    body += document.marks.map { paragraph($0.line, style: "Mark") }
    body += document.blocks.flatMap(block)
    if let marking = document.marking { body.append(paragraph(marking, style: "Marking")) }
    let headerReference = header ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : ""
    body.append(
      "<w:sectPr>\(headerReference)<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"1134\" w:right=\"1021\" w:bottom=\"1134\" w:left=\"1021\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
    )
    return OOXMLPackage.part("w:document", ["<w:body>"] + body + ["</w:body>"])
  }

  static func block(_ block: Block) -> [String] {
    switch block {
    case .heading(let level, let text): [paragraph(text, style: "Heading\(max(1, min(3, level - 1)))")]
    case .paragraph(let text): [paragraph(text)]
    case .headline(let text): [paragraph(text, style: "Headline")]
    case .facts(let facts): facts.map { paragraph([run($0.label + ": ", bold: true), run($0.value)]) }
    case .bullets(let items): items.map { paragraph("•\t" + $0, style: "ListBullet") }
    case .table(let table): self.table(table)
    case .chart: []
    case .placeholder(let text): [paragraph("[Placeholder] " + text, style: "Placeholder")]
    case .note(let text): [paragraph(text, style: "Note")]
    }
  }

  static func table(_ table: ReportTable) -> [String] {
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\""
    var xml = [
      paragraph(table.caption, style: "Caption"),
      "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
        + "</w:tblBorders><w:tblLayout w:type=\"autofit\"/></w:tblPr>",
      "<w:tblGrid>" + table.header.map { _ in "<w:gridCol/>" }.joined() + "</w:tblGrid>",
      "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        + table.header.map { cell($0, shading: "F3F2F1", bold: true) }.joined() + "</w:tr>",
    ]
    for row in table.rows {
      xml.append(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
          + row.enumerated().map { column, value in
            cell(
              value.marked, shading: value.tone.map { String(Palette.tint($0).dropFirst()).uppercased() },
              bold: table.rowHeaders && column == 0)
          }.joined() + "</w:tr>")
    }
    xml.append("</w:tbl>")
    if let footnote = table.footnote { xml.append(paragraph(footnote, style: "Note")) }
    return xml
  }

  static func cell(_ text: String, shading: String?, bold: Bool) -> String {
    let fill = shading.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
    return "<w:tc><w:tcPr>\(fill)</w:tcPr>\(paragraph([run(text, bold: bold)], style: "TableText"))</w:tc>"
  }

  static func paragraph(_ text: String, style: String? = nil) -> String {
    paragraph([run(text)], style: style)
  }

  static func paragraph(_ runs: [String], style: String? = nil) -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(properties)\(runs.joined())</w:p>"
  }

  /// A run of text; tabs become Word tabs.
  static func run(_ text: String, bold: Bool = false) -> String {
    let properties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
    let pieces = text.split(separator: "\t", omittingEmptySubsequences: false).map {
      "<w:t xml:space=\"preserve\">\(XML.escape(String($0)))</w:t>"
    }
    return "<w:r>\(properties)\(pieces.joined(separator: "<w:tab/>"))</w:r>"
  }
}

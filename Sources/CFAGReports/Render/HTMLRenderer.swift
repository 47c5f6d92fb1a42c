import CFAGOutput

/// Renders a document as one self-contained HTML file, serialised as well-formed XHTML: inline CSS
/// with A4 print rules, inline SVG charts, no external assets or addresses.
public enum HTMLRenderer {
  public static func render(_ document: ReportDocument) -> String {
    let title = XML.escape(document.title)
    var body =
      document.marks.contains(.draft) ? ["<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>"] : []
    body.append("<main>")
    let marking = document.marking.map { "<p class=\"marking\">\(XML.escape($0))</p>" }
    if let marking { body.append(marking) }
    body.append("<h1>\(title)</h1>")
    if !document.cover.isEmpty { body.append(block(.facts(document.cover), id: "cover")) }
    body += document.marks.map {
      "<p class=\"mark\" role=\"note\"><strong>\($0.word)</strong>: \(XML.escape($0.text))</p>"
    }
    for (index, block) in document.blocks.enumerated() { body.append(self.block(block, id: "b\(index)")) }
    body += document.marks.filter { $0 == .internalOnly }.map {
      "<p class=\"mark\" role=\"note\"><strong>\($0.word)</strong>: \(XML.escape($0.text))</p>"
    }
    if let marking { body.append(marking) }
    body.append("</main>")
    return
      ([
        "<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\"/>",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
        "<title>\(title)</title>", "<style>", stylesheet(document), "</style>", "</head>",
        "<body>",
      ] + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
  }

  static func block(_ block: Block, id: String) -> String {
    switch block {
    case .heading(let level, let text):
      let tag = "h\(min(6, level))"
      return "<\(tag)>\(XML.escape(text))</\(tag)>"
    case .paragraph(let text): return "<p>\(XML.escape(text))</p>"
    case .headline(let text): return "<p class=\"headline\">\(XML.escape(text))</p>"
    case .facts(let facts):
      return "<dl class=\"facts\">\n"
        + facts.map { "<dt>\(XML.escape($0.label))</dt><dd>\(XML.escape($0.value))</dd>" }.joined(
          separator: "\n")
        + "\n</dl>"
    case .bullets(let items):
      return "<ul>\n" + items.map { "<li>\(XML.escape($0))</li>" }.joined(separator: "\n") + "\n</ul>"
    case .table(let table): return self.table(table)
    case .chart(let chart): return SVGCharts.render(chart, id: id)
    case .note(let text): return "<p class=\"note\">\(XML.escape(text))</p>"
    }
  }

  static func table(_ table: ReportTable) -> String {
    var lines = ["<table>", "<caption>\(XML.escape(table.caption))</caption>", "<thead><tr>"]
    lines += table.header.map { "<th scope=\"col\">\(XML.escape($0))</th>" }
    lines.append("</tr></thead>")
    lines.append("<tbody>")
    for row in table.rows {
      let cells = row.enumerated().map { column, cell in
        let header = table.rowHeaders && column == 0
        let tag = header ? "th" : "td"
        var classes: [String] = []
        if cell.flag == .small { classes.append("small") }
        if cell.flag == .suppressed { classes.append("suppressed") }
        let style = cell.tone.map { " style=\"background:\(Palette.tint($0))\"" } ?? ""
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        let scope = header ? " scope=\"row\"" : ""
        return "<\(tag)\(scope)\(classAttribute)\(style)>\(XML.escape(cell.marked))</\(tag)>"
      }
      lines.append("<tr>" + cells.joined() + "</tr>")
    }
    lines.append("</tbody>")
    lines.append("</table>")
    if let footnote = table.footnote { lines.append("<p class=\"footnote\">\(XML.escape(footnote))</p>") }
    return lines.joined(separator: "\n")
  }

  /// The print rules: the protective marking and the page marks at the head and foot of every
  /// page, and "Page N of M" at the foot.
  static func stylesheet(_ document: ReportDocument) -> String {
    let pageMark = ((document.marking.map { [$0] } ?? []) + document.marks.map(\.line)).joined(
      separator: " · ")
    let markBoxes =
      pageMark.isEmpty
      ? ""
      : """
        @top-center { content: "\(CSSText.string(pageMark))"; font: bold 9pt Arial, sans-serif; color: #b10e1e; }
        @bottom-center { content: "\(CSSText.string(pageMark))"; font: bold 9pt Arial, sans-serif; color: #b10e1e; }
      """
    return """
      @page { size: A4; margin: 20mm 16mm 20mm 16mm;
      \(markBoxes)
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; }
      }
      html { color: #0b0c0c; background: #ffffff; }
      body { font: 11pt/1.45 Arial, "Helvetica Neue", Helvetica, sans-serif; margin: 0; }
      main { max-width: 180mm; margin: 0 auto; padding: 8mm 0; position: relative; z-index: 1; }
      h1 { font-size: 20pt; margin: 0 0 4mm; }
      h2 { font-size: 15pt; margin: 8mm 0 2mm; border-bottom: 1px solid #b1b4b6; }
      h3 { font-size: 12pt; margin: 5mm 0 1mm; }
      h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
      h2 + *, h3 + *, p + ul { break-before: avoid; page-break-before: avoid; }
      p, li { orphans: 3; widows: 3; }
      .headline { font-size: 13pt; font-weight: bold; border-left: 5px solid #1d70b8; padding: 2mm 4mm; background: #f3f2f1;
        break-inside: avoid; page-break-inside: avoid; }
      .marking { text-align: center; font-weight: bold; letter-spacing: 0.05em; color: #b10e1e; margin: 0 0 3mm; }
      @media print { .marking { display: none; } }
      .mark { border: 2px solid #b10e1e; color: #b10e1e; padding: 2mm 4mm; }
      .note, .footnote { font-size: 9pt; color: #505a5f; }
      dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 4mm; }
      dl.facts dt { font-weight: bold; }
      dl.facts dd { margin: 0; }
      table { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm; font-size: 9.5pt; }
      caption { text-align: left; font-weight: bold; padding: 1mm 0; caption-side: top; }
      th, td { border: 1px solid #b1b4b6; padding: 1mm 2mm; text-align: left; vertical-align: top; }
      thead th { background: #f3f2f1; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      td.small { font-weight: bold; }
      td.suppressed { color: #505a5f; }
      figure.chart { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
      figure.chart figcaption { font-weight: bold; padding: 1mm 0; }
      figure.chart svg { max-width: 100%; height: auto; font: 11px Arial, sans-serif; }
      .watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font: bold 110pt Arial, sans-serif;
        color: rgba(177, 14, 30, 0.10); transform: rotate(-35deg); z-index: 0; pointer-events: none; }
      @media print { main { padding: 0; max-width: none; } a { color: inherit; } }
      """
  }

}

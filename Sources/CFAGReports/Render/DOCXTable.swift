import CFAGOutput

/// A report table in Word: its caption kept with it, column widths from its content, the header
/// row repeated on every page and no row split across pages.
enum DOCXTable {
  /// An average character of the table text (9.5 pt Arial), and a cell's left and right margins,
  /// in twentieths of a point.
  static let characterWidth = 110
  static let cellPadding = 2 * 108 + 20

  static func xml(_ table: ReportTable) -> [String] {
    let columns = table.header.indices.map { column in
      [table.header[column]] + table.rows.compactMap { $0.indices.contains(column) ? $0[column].marked : nil }
    }
    let widths = ColumnWidths.widths(
      of: columns, total: DOCXRenderer.textWidth, characterWidth: characterWidth, padding: cellPadding)
    var xml = [
      DOCXText.paragraph(table.caption, style: "Caption"),
      open(widths: widths, borders: true),
      row(
        table.header.enumerated().map { cell($1, width: widths[$0], shading: "F3F2F1", bold: true) },
        header: true),
    ]
    for (index, cells) in table.rows.enumerated() {
      // The last row keeps with the footnote under it.
      let keepNext = table.footnote != nil && index == table.rows.count - 1
      xml.append(
        row(
          cells.enumerated().map { column, value in
            cell(
              value.marked, width: widths.indices.contains(column) ? widths[column] : 0,
              shading: value.tone.map { String(Palette.tint($0).dropFirst()).uppercased() },
              bold: table.rowHeaders && column == 0, keepNext: keepNext)
          }, header: false))
    }
    xml.append("</w:tbl>")
    if let footnote = table.footnote { xml.append(DOCXText.paragraph(footnote, style: "Note")) }
    return xml
  }

  /// The table's opening: fixed layout at the widths given (summing to the text width).
  static func open(widths: [Int], borders: Bool) -> String {
    let line = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\""
    let edges = ["top", "left", "bottom", "right", "insideH", "insideV"]
    let borderXML = edges.map { borders ? "<w:\($0) \(line)/>" : "<w:\($0) w:val=\"nil\"/>" }.joined()
    return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
      + "<w:tblBorders>\(borderXML)</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
      + "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
  }

  /// A row that is not split across pages; a header row is repeated at the top of each page.
  static func row(_ cells: [String], header: Bool) -> String {
    var xml =
      header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
    xml.reserveCapacity(cells.reduce(64) { $0 + $1.utf8.count })
    for cell in cells { xml += cell }
    xml += "</w:tr>"
    return xml
  }

  static func cell(_ text: String, width: Int, shading: String?, bold: Bool, keepNext: Bool = false) -> String
  {
    cell(width: width, shading: shading, keepNext: keepNext, runBytes: text.utf8.count) {
      DOCXText.appendRun(text, bold: bold, to: &$0)
    }
  }

  static func cell(_ runs: [String], width: Int, shading: String? = nil, keepNext: Bool = false) -> String {
    let runBytes = runs.reduce(0) { $0 + $1.utf8.count }
    return cell(width: width, shading: shading, keepNext: keepNext, runBytes: runBytes) { xml in
      for run in runs { xml += run.utf8 }
    }
  }

  /// A cell whose one paragraph's runs `runs` appends (about `runBytes` bytes), written as
  /// UTF-8 and made a string once.
  private static func cell(
    width: Int, shading: String?, keepNext: Bool, runBytes: Int, runs: (inout [UInt8]) -> Void
  ) -> String {
    var xml: [UInt8] = []
    xml.reserveCapacity(320 + runBytes)
    xml += "<w:tc><w:tcPr><w:tcW w:w=\"".utf8
    xml += String(width).utf8
    xml += "\" w:type=\"dxa\"/>".utf8
    if let shading {
      xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"".utf8
      xml += shading.utf8
      xml += "\"/>".utf8
    }
    xml += "</w:tcPr>".utf8
    DOCXText.appendParagraph(style: "TableText", keepNext: keepNext, to: &xml, runs: runs)
    xml += "</w:tc>".utf8
    return String(decoding: xml, as: UTF8.self)
  }
}

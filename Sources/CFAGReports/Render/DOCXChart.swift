import CFAGDomain
import CFAGOutput

/// A chart in Word: its title, then one line per bar (the label in words, the bar as a picture
/// drawn to scale, the value in words), laid out as a table without borders so the words stay
/// whole text that Word and LibreOffice set alike.
enum DOCXChart {
  /// The longest bar, in pixels and on the page (8 cm, in EMU); a bar's height in pixels.
  static let fullPixels = 480
  static let fullEMU = 2_880_000
  static let barPixels = 24
  /// The bar column's width in twentieths of a point (8 cm and the cell's margins).
  static let barColumn = 4536 + DOCXTable.cellPadding

  static func xml(_ chart: Chart, pictures: inout [(name: String, image: PNGImage)]) -> [String] {
    let rows = chart.rows
    let words = ColumnWidths.widths(
      of: [rows.map(\.label), rows.map(\.value)], total: DOCXRenderer.textWidth - barColumn,
      characterWidth: DOCXTable.characterWidth, padding: DOCXTable.cellPadding)
    let widths = [words[0], barColumn, words[1]]
    var xml = [
      DOCXText.paragraph(chart.title, style: "Caption"), DOCXTable.open(widths: widths, borders: false),
    ]
    for row in rows {
      var bar: [String] = []
      if let image = picture(row) {
        pictures.append((name: "chart\(pictures.count + 1).png", image: image))
        bar = [drawing(pictures.count, image: image, description: "\(row.label): \(row.value)")]
      }
      xml.append(
        DOCXTable.row(
          [
            DOCXTable.cell(row.label, width: widths[0], shading: nil, bold: true),
            DOCXTable.cell(bar, width: widths[1]),
            DOCXTable.cell(row.value, width: widths[2], shading: nil, bold: false),
          ], header: false))
    }
    xml.append("</w:tbl>")
    return xml
  }

  /// The bar drawn to scale, each segment in its grade's colour and outlined; nil for no cases.
  static func picture(_ row: ChartRow) -> PNGImage? {
    let lengths = row.segments.map { $0.count * fullPixels / max(1, row.fullLength) }
    let width = lengths.reduce(0, +)
    guard width > 0 else { return nil }
    var image = PNGImage(width: width, height: barPixels)
    var x = 0
    for (segment, length) in zip(row.segments, lengths) where length > 0 {
      image.fill(
        x: x, y: 0, width: length, height: barPixels, with: .init(hex: Palette.strong(segment.grade)))
      image.outline(x: x, y: 0, width: length, height: barPixels, thickness: 1, with: .init(hex: "#0b0c0c"))
      x += length
    }
    return image
  }

  /// An inline picture, `number` counting from 1, sized at the chart's scale.
  static func drawing(_ number: Int, image: PNGImage, description: String) -> String {
    let width = image.width * fullEMU / fullPixels
    let height = image.height * fullEMU / fullPixels
    let name = "chart\(number).png"
    return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
      + "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
      + "<wp:docPr id=\"\(number)\" name=\"Chart bar \(number)\" descr=\"\(XML.escape(description))\"/>"
      + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
      + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
      + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"\(name)\"/><pic:cNvPicPr/></pic:nvPicPr>"
      + "<pic:blipFill><a:blip r:embed=\"\(OOXMLPackage.pictureID(name))\"/><a:stretch><a:fillRect/></a:stretch>"
      + "</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>"
      + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
      + "</wp:inline></w:drawing></w:r>"
  }
}

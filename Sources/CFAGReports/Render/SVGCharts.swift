import CFAGDomain
import CFAGOutput

/// Inline SVG charts for the HTML report. Each chart has a title and description for screen
/// readers, and writes every value as text beside or inside its shape.
enum SVGCharts {
  static func render(_ chart: Chart, id: String) -> String {
    let svg =
      switch chart {
      case .grades(let distribution): grades(distribution, id: id)
      case .stacked(_, let rows): stacked(rows, id: id)
      }
    return "<figure class=\"chart\">\n<figcaption>\(XML.escape(chart.title))</figcaption>\n\(svg)\n</figure>"
  }

  static func frame(id: String, width: Int, height: Int, title: String, body: [String]) -> String {
    ([
      "<svg role=\"img\" aria-labelledby=\"\(id)-t\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">",
      "<title id=\"\(id)-t\">\(XML.escape(title))</title>",
    ]
      + body + ["</svg>"]).joined(separator: "\n")
  }

  static func text(_ x: Int, _ y: Int, _ content: String, anchor: String = "start", bold: Bool = false)
    -> String
  {
    "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "")>\(XML.escape(content))</text>"
  }

  static func rect(_ x: Int, _ y: Int, _ width: Int, _ height: Int, fill: String) -> String {
    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>"
  }

  /// One bar per grade, each labelled with the grade and its count.
  static func grades(_ distribution: GradeDistribution, id: String) -> String {
    let barWidth = 340
    let most = max(1, Grade.allCases.map(distribution.count).max() ?? 1)
    var body: [String] = []
    for (row, grade) in Grade.allCases.enumerated() {
      let y = 10 + row * 36
      let count = distribution.count(grade)
      let width = count * barWidth / most
      body.append(text(170, y + 19, grade.label, anchor: "end"))
      if width > 0 { body.append(rect(180, y, width, 26, fill: Palette.strong(grade))) }
      body.append(
        text(
          186 + width, y + 19,
          "\(count) of \(distribution.cases) (\(OverviewReport.share(count, of: distribution.cases)))",
          bold: true))
    }
    return frame(
      id: id, width: 640, height: 120, title: "Bar chart of the panel's grades: \(distribution.summary)",
      body: body)
  }

  /// One stacked bar per row, each segment labelled with its count; a legend in words below.
  static func stacked(_ rows: [LabelledDistribution], id: String) -> String {
    let barWidth = 400
    var body: [String] = []
    for (index, row) in rows.enumerated() {
      let y = 10 + index * 32
      body.append(text(190, y + 17, row.label, anchor: "end"))
      var x = 200
      let total = max(1, row.distribution.graded)
      for grade in Grade.allCases {
        let count = row.distribution.count(grade)
        guard count > 0 else { continue }
        let width = max(18, count * barWidth / total)
        body.append(rect(x, y, width, 24, fill: Palette.tint(grade)))
        body.append(text(x + width / 2, y + 17, "\(grade.short) \(count)", anchor: "middle"))
        x += width
      }
    }
    let height = 20 + rows.count * 32
    let summary = rows.map { "\($0.label): \($0.distribution.summary)" }.joined(separator: "; ")
    return frame(
      id: id, width: 640, height: height, title: "Stacked bars of grades. \(summary)", body: body)
  }
}

import CFAGOutput

/// The body of a Word document as it is written: its paragraphs and tables, and the chart
/// pictures they show.
struct DOCXBody {
  var xml: [String] = []
  /// Each chart picture: its file name under `word/media/` and the picture.
  var pictures: [(name: String, image: PNGImage)] = []
  /// Whether the body opens with a table of contents.
  var hasContents = false

  /// The whole document: title, cover, page marks and the blocks (a table of contents before the
  /// first heading when it runs to more than four pages). The protective marking is in every
  /// page's header and footer, so the body does not repeat it.
  mutating func add(_ document: ReportDocument) {
    xml.append(DOCXText.paragraph(document.title, style: "Title"))
    xml += document.cover.map(DOCXText.fact)
    xml += document.marks.map { DOCXText.paragraph($0.line, style: "Mark") }
    let headings = DOCXContents.headings(document.blocks)
    hasContents = DOCXContents.estimatedPages(document.blocks) > 4 && !headings.isEmpty
    var headingIndex = 0
    for block in document.blocks {
      if case .heading(let level, let text) = block {
        // The contents open the first section.
        if hasContents && headingIndex == 0 { xml += DOCXContents.paragraphs(headings) }
        xml.append(DOCXText.heading(text, level: level, bookmark: hasContents ? headingIndex : nil))
        headingIndex += 1
      } else {
        add(block)
      }
    }
  }

  mutating func add(_ block: Block) {
    switch block {
    case .heading(let level, let text): xml.append(DOCXText.heading(text, level: level, bookmark: nil))
    case .paragraph(let text):
      // A paragraph leading into a list stays with it.
      xml.append(DOCXText.paragraph([DOCXText.run(text)], style: nil, keepNext: text.hasSuffix(":")))
    case .headline(let text): xml.append(DOCXText.paragraph(text, style: "Headline"))
    case .facts(let facts): xml += facts.map(DOCXText.fact)
    case .bullets(let items): xml += items.map(DOCXText.listItem)
    case .table(let table): xml += DOCXTable.xml(table)
    case .chart(let chart): xml += DOCXChart.xml(chart, pictures: &pictures)
    case .note(let text): xml.append(DOCXText.paragraph(text, style: "Note"))
    }
  }
}

/// Paragraphs and runs of WordprocessingML text.
enum DOCXText {
  static func paragraph(_ text: String, style: String? = nil) -> String {
    paragraph([run(text)], style: style)
  }

  /// Written into one string: a report has thousands of paragraphs (every table cell is one).
  static func paragraph(_ runs: [String], style: String?, keepNext: Bool = false, extra: String = "")
    -> String
  {
    var xml: [UInt8] = []
    xml.reserveCapacity(runs.reduce(96 + extra.utf8.count) { $0 + $1.utf8.count })
    appendParagraph(style: style, keepNext: keepNext, extra: extra, to: &xml) { xml in
      for run in runs { xml += run.utf8 }
    }
    return String(decoding: xml, as: UTF8.self)
  }

  /// Appends a paragraph whose runs `runs` appends, as UTF-8: copying bytes costs less than
  /// appending to a string piece by piece.
  static func appendParagraph(
    style: String?, keepNext: Bool, extra: String = "", to xml: inout [UInt8], runs: (inout [UInt8]) -> Void
  ) {
    xml += "<w:p>".utf8
    if style != nil || keepNext || !extra.isEmpty {
      xml += "<w:pPr>".utf8
      if let style {
        xml += "<w:pStyle w:val=\"".utf8
        xml += style.utf8
        xml += "\"/>".utf8
      }
      if keepNext { xml += "<w:keepNext/>".utf8 }
      xml += extra.utf8
      xml += "</w:pPr>".utf8
    }
    runs(&xml)
    xml += "</w:p>".utf8
  }

  /// A heading (document level 2 is Word's Heading 1), bookmarked for the table of contents.
  static func heading(_ text: String, level: Int, bookmark: Int?) -> String {
    let style = "Heading\(max(1, min(3, level - 1)))"
    guard let bookmark else { return paragraph(text, style: style) }
    return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
      + "<w:bookmarkStart w:id=\"\(bookmark)\" w:name=\"\(DOCXContents.bookmark(bookmark))\"/>"
      + run(text) + "<w:bookmarkEnd w:id=\"\(bookmark)\"/></w:p>"
  }

  static func fact(_ fact: Fact) -> String {
    paragraph([run(fact.label + ": ", bold: true), run(fact.value)], style: nil)
  }

  /// An item of a bulleted Word list (numbering 1 of `DOCXStyles.numbering`).
  static func listItem(_ text: String) -> String {
    paragraph(
      [run(text)], style: "ListBullet",
      extra: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
  }

  /// A run of text; tabs become Word tabs.
  static func run(_ text: String, bold: Bool = false) -> String {
    var xml: [UInt8] = []
    xml.reserveCapacity(64 + text.utf8.count)
    appendRun(text, bold: bold, to: &xml)
    return String(decoding: xml, as: UTF8.self)
  }

  /// Appends a run of text as UTF-8; tabs become Word tabs.
  static func appendRun(_ text: String, bold: Bool, to xml: inout [UInt8]) {
    xml += "<w:r>".utf8
    if bold { xml += "<w:rPr><w:b/></w:rPr>".utf8 }
    if text.utf8.contains(UInt8(ascii: "\t")) {
      for (index, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
        if index > 0 { xml += "<w:tab/>".utf8 }
        appendText(String(piece), to: &xml)
      }
    } else {
      appendText(text, to: &xml)
    }
    xml += "</w:r>".utf8
  }

  private static func appendText(_ text: String, to xml: inout [UInt8]) {
    xml += "<w:t xml:space=\"preserve\">".utf8
    xml += XML.escape(text).utf8
    xml += "</w:t>".utf8
  }
}

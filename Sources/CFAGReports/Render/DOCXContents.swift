/// The table of contents of a long Word document: one line a heading, its page number a PAGEREF
/// field to the heading's bookmark, so Word (which updates the fields on opening) and LibreOffice
/// number it as they lay the pages out. It is not wrapped in a TOC field: LibreOffice prints a TOC
/// field's saved text, so every page number would read 1.
enum DOCXContents {
  /// The headings listed: the document's sections (level 2), with their index among all headings.
  static func headings(_ blocks: [Block]) -> [(index: Int, text: String)] {
    let all: [(level: Int, text: String)] = blocks.compactMap {
      guard case .heading(let level, let text) = $0 else { return nil }
      return (level, text)
    }
    return all.indices.filter { all[$0].level <= 2 }.map { ($0, all[$0].text) }
  }

  /// The bookmark on the `index`th heading of the document.
  static func bookmark(_ index: Int) -> String { "_Toc\(index + 1)" }

  /// A rough count of printed pages: lines of about 95 characters, 46 lines to a page.
  static func estimatedPages(_ blocks: [Block]) -> Int {
    func lines(_ text: String) -> Int { 1 + text.count / 95 }
    let total = blocks.reduce(0) { sum, block in
      sum
        + {
          switch block {
          case .heading: 3
          case .paragraph(let text), .note(let text): lines(text) + 1
          case .headline(let text): lines(text) + 2
          case .facts(let facts): facts.map { lines($0.label + $0.value) }.reduce(0, +)
          case .bullets(let items): items.map(lines).reduce(0, +) + 1
          case .table(let table):
            3
              + table.rows.map { row in
                let longest = row.map(\.text.count).max() ?? 0
                return 1 + longest * row.count / 110
              }.reduce(0, +)
          case .chart(let chart): 2 + chart.rows.count * 2
          }
        }()
    }
    return 1 + total / 46
  }

  /// The contents' paragraphs: a heading, then one entry a heading.
  static func paragraphs(_ headings: [(index: Int, text: String)]) -> [String] {
    var xml = [DOCXText.paragraph("Contents", style: "ContentsHeading")]
    for (index, text) in headings {
      let pageNumber =
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark(index)) \\h </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + DOCXText.run("1")
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      xml.append(
        DOCXText.paragraph(
          [DOCXText.run(text + "\t"), pageNumber], style: "TOC1"))
    }
    return xml
  }
}

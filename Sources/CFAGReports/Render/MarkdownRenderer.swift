import CFAGOutput

/// Renders a document as GitHub-flavoured Markdown, for pasting into other documents. Every text of
/// the document is escaped (`MarkdownText`): the only Markdown is the renderer's own, so a rationale
/// holding HTML, a link or a "## Headline" line reads as typed. The protective marking opens and
/// closes the file.
public enum MarkdownRenderer {
  public static func render(_ document: ReportDocument) -> String {
    let marking = document.marking.map { "**\(line($0))**" }
    var parts = (marking.map { [$0] } ?? []) + ["# \(escape(document.title))"]
    if !document.cover.isEmpty { parts.append(block(.facts(document.cover))!) }
    parts += document.marks.map { "> **\(escape($0.word))**: \(escape($0.text))" }
    parts += document.blocks.compactMap(block)
    parts += document.marks.filter { $0 == .internalOnly }.map {
      "> **\(escape($0.word))**: \(escape($0.text))"
    }
    if let marking { parts.append(marking) }
    return parts.joined(separator: "\n\n") + "\n"
  }

  static func block(_ block: Block) -> String? {
    switch block {
    case .heading(let level, let text): return String(repeating: "#", count: level) + " " + line(text)
    case .paragraph(let text): return escape(text)
    case .headline(let text): return "**\(line(text))**"
    case .facts(let facts):
      return facts.map { "- **\(line($0.label)):** \(line($0.value))" }.joined(separator: "\n")
    case .bullets(let items): return items.map { "- " + line($0) }.joined(separator: "\n")
    case .table(let table): return self.table(table)
    case .chart: return nil
    case .note(let text): return "*\(line(text))*"
    }
  }

  /// Written as UTF-8 bytes and made a string once: the trend report has over a thousand rows,
  /// and appending to a string cost more per piece than copying its bytes.
  static func table(_ table: ReportTable) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(
      table.rows.reduce(256 + table.header.count * 16) { sum, row in
        row.reduce(sum + 4) { $0 + $1.marked.utf8.count + 3 }
      })
    func row(_ cells: [String]) {
      bytes += "| ".utf8
      for (index, text) in cells.enumerated() {
        if index > 0 { bytes += " | ".utf8 }
        bytes += cell(text).utf8
      }
      bytes += " |".utf8
    }
    bytes += "*\(line(table.caption))*\n\n".utf8
    row(table.header)
    bytes += "\n|".utf8
    for _ in table.header { bytes += " --- |".utf8 }
    for cells in table.rows {
      bytes.append(UInt8(ascii: "\n"))
      row(cells.map(\.marked))
    }
    if let footnote = table.footnote { bytes += "\n\n\(escape(footnote))".utf8 }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func cell(_ text: String) -> String { MarkdownText.cell(text) }

  static func escape(_ text: String) -> String { MarkdownText.escape(text) }

  /// Text that must stay on one line (a heading, a list item, emphasis).
  static func line(_ text: String) -> String { MarkdownText.escape(text.oneLine) }
}

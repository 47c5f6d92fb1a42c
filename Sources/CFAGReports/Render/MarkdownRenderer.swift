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

  static func table(_ table: ReportTable) -> String {
    var lines = [
      "*\(line(table.caption))*", "",
      row(table.header), "|" + table.header.map { _ in " --- |" }.joined(),
    ]
    lines += table.rows.map { row($0.map(\.marked)) }
    if let footnote = table.footnote { lines += ["", escape(footnote)] }
    return lines.joined(separator: "\n")
  }

  static func row(_ cells: [String]) -> String {
    "| " + cells.map(cell).joined(separator: " | ") + " |"
  }

  static func cell(_ text: String) -> String { MarkdownText.cell(text) }

  static func escape(_ text: String) -> String { MarkdownText.escape(text) }

  /// Text that must stay on one line (a heading, a list item, emphasis).
  static func line(_ text: String) -> String { MarkdownText.escape(text.oneLine) }
}

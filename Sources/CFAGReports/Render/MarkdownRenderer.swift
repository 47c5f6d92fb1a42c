/// Renders a document as GitHub-flavoured Markdown, for pasting into other documents.
public enum MarkdownRenderer {
  public static func render(_ document: ReportDocument) -> String {
    var parts = ["# \(document.title)"]
    parts += document.marks.map { "> **\($0.word)**: \($0.text)" }
    parts += document.blocks.compactMap(block)
    parts += document.marks.filter { $0 == .internalOnly }.map { "> **\($0.word)**: \($0.text)" }
    return parts.joined(separator: "\n\n") + "\n"
  }

  static func block(_ block: Block) -> String? {
    switch block {
    case .heading(let level, let text): return String(repeating: "#", count: level) + " " + text
    case .paragraph(let text): return text
    case .headline(let text): return "**\(text)**"
    case .facts(let facts): return facts.map { "- **\($0.label):** \($0.value)" }.joined(separator: "\n")
    case .bullets(let items): return items.map { "- " + $0 }.joined(separator: "\n")
    case .table(let table): return self.table(table)
    case .chart: return nil
    case .placeholder(let text): return "> **[Placeholder]** \(text)"
    case .note(let text): return "*\(text)*"
    }
  }

  static func table(_ table: ReportTable) -> String {
    var lines = [
      "*\(table.caption)*", "",
      row(table.header), "|" + table.header.map { _ in " --- |" }.joined(),
    ]
    lines += table.rows.map { row($0.map(\.marked)) }
    if let footnote = table.footnote { lines += ["", footnote] }
    return lines.joined(separator: "\n")
  }

  static func row(_ cells: [String]) -> String {
    "| " + cells.map(cell).joined(separator: " | ") + " |"
  }

  static func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
}

import CFAGDomain
import CFAGOutput

/// The pack as Markdown: summary by agency and RAG, overdue actions, then each action.
public enum TrackerPackMarkdown {
  public static func render(_ pack: TrackerPack) -> String {
    typealias Wording = TrackerPackWording
    let marking = pack.settings.map { ["**\(escape($0.marking))**", ""] } ?? []
    var lines = marking + ["# \(escape(Wording.title(pack)))", ""]
    let cover = Wording.cover(pack)
    if !cover.isEmpty { lines += cover.map { "- **\($0.label):** \(escape($0.text))" } + [""] }
    lines += [escape(Wording.subtitle(pack)), "", "## Summary by agency and RAG", ""]
    lines += table(
      Wording.summaryColumns,
      pack.summary.map { Wording.summaryCells($0).map(escape) }
        + [Wording.summaryCells(pack.totals).map { "**\(escape($0))**" }])
    lines += ["", "## Overdue actions", ""]
    lines +=
      pack.overdue.isEmpty
      ? ["None."] : table(Wording.overdueColumns, pack.overdue.map { Wording.overdueCells($0).map(escape) })
    lines += ["", "## Actions"]
    for entry in pack.entries {
      lines += ["", "### \(escape(Wording.heading(entry)))", "", MarkdownText.escape(entry.action.text), ""]
      lines += Wording.facts(entry).map { "- **\($0.label):** \(escape($0.text))" }
    }
    lines += ["", "## \(Wording.ragHeading)", ""]
    lines += TrackerAction.ragRule.map { "- **\($0.rag.label):** \($0.rule)." }
    lines += [
      "", "A manual rating needs a reason; both the derived and the manual rating are kept and shown.",
    ]
    if !marking.isEmpty { lines += [""] + marking.dropLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A table of cells already escaped.
  static func table(_ header: [String], _ rows: [[String]]) -> [String] {
    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    return [row(header.map(escape)), "|" + String(repeating: " --- |", count: header.count)] + rows.map(row)
  }

  /// User text on one line, escaped (`MarkdownText`), so it can be a cell, a heading or a list item.
  static func escape(_ text: String) -> String {
    MarkdownText.escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
  }
}

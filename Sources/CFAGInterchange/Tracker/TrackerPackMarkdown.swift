import CFAGDomain

/// The pack as Markdown: summary by agency and RAG, overdue actions, then each action.
public enum TrackerPackMarkdown {
  public static func render(_ pack: TrackerPack) -> String {
    typealias Wording = TrackerPackWording
    var lines = [
      "# \(Wording.title(pack))", "", Wording.subtitle(pack), "", "## Summary by agency and RAG", "",
    ]
    lines += table(
      Wording.summaryColumns,
      pack.summary.map(Wording.summaryCells) + [Wording.summaryCells(pack.totals).map { "**\($0)**" }])
    lines += ["", "## Overdue actions", ""]
    lines +=
      pack.overdue.isEmpty ? ["None."] : table(Wording.overdueColumns, pack.overdue.map(Wording.overdueCells))
    lines += ["", "## Actions"]
    for entry in pack.entries {
      lines += ["", "### \(Wording.heading(entry))", "", escape(entry.action.text), ""]
      lines += Wording.facts(entry).map { "- **\($0.label):** \(escape($0.text))" }
    }
    lines += ["", "## \(Wording.ragHeading)", ""]
    lines += TrackerAction.ragRule.map { "- **\($0.rag.label):** \($0.rule)." }
    lines += [
      "", "A manual rating needs a reason; both the derived and the manual rating are kept and shown.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  static func table(_ header: [String], _ rows: [[String]]) -> [String] {
    func row(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |" }
    return [row(header), "|" + String(repeating: " --- |", count: header.count)] + rows.map(row)
  }

  /// Keeps a cell on one line and its pipes literal.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}

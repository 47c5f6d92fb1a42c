import CFAGDomain
import CFAGOutput

/// The pack as one self-contained HTML page, RAG cells coloured, printable.
public enum TrackerPackHTML {
  public static func render(_ pack: TrackerPack) -> String {
    typealias Wording = TrackerPackWording
    let marking = PrintedPage.markingLine(pack.settings?.marking)
    var html = [
      "<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\">",
      "<title>\(escape(Wording.title(pack)))</title>", "<style>\(style)\(pageRules(pack))</style>", "</head>",
      "<body>",
    ]
    if let marking { html.append(marking) }
    html.append("<h1>\(escape(Wording.title(pack)))</h1>")
    let cover = Wording.cover(pack)
    if !cover.isEmpty {
      html.append(
        "<dl class=\"cover\">"
          + cover.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.text))</dd>" }.joined() + "</dl>")
    }
    html += ["<p>\(escape(Wording.subtitle(pack)))</p>", "<h2>Summary by agency and RAG</h2>"]
    html.append(
      table(
        Wording.summaryColumns, pack.summary.map(Wording.summaryCells) + [Wording.summaryCells(pack.totals)],
        totalRow: true))
    html.append("<h2>Overdue actions</h2>")
    html.append(
      pack.overdue.isEmpty
        ? "<p>None.</p>" : table(Wording.overdueColumns, pack.overdue.map(Wording.overdueCells)))
    html.append("<h2>Actions</h2>")
    for entry in pack.entries {
      html.append("<section class=\"action\">")
      html.append(
        "<h3><span class=\"rag \(entry.rag.rawValue)\">\(entry.rag.label)</span> \(escape(Wording.heading(entry)))</h3>"
      )
      html.append("<p>\(escape(entry.action.text))</p>")
      html.append(
        "<dl>"
          + Wording.facts(entry).map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.text))</dd>" }.joined()
          + "</dl>")
      html.append("</section>")
    }
    html.append("<h2>\(Wording.ragHeading)</h2>")
    html.append(
      "<ul>"
        + TrackerAction.ragRule.map {
          "<li><span class=\"rag \($0.rag.rawValue)\">\($0.rag.label)</span> \(escape($0.rule)).</li>"
        }
        .joined() + "</ul>")
    if let marking { html.append(marking) }
    html += ["</body>", "</html>"]
    return html.joined(separator: "\n") + "\n"
  }

  static func table(_ header: [String], _ rows: [[String]], totalRow: Bool = false) -> String {
    let head = "<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>"
    let body = rows.enumerated().map { index, cells in
      let total = totalRow && index == rows.count - 1
      return "<tr\(total ? " class=\"total\"" : "")>" + cells.map { "<td>\(escape($0))</td>" }.joined()
        + "</tr>"
    }
    return "<table>\n" + ([head, "<tbody>"] + body + ["</tbody>"]).joined(separator: "\n") + "\n</table>"
  }

  static func escape(_ text: String) -> String { XML.escape(text) }

  /// The printed page's marking and numbers, and the cover's layout.
  static func pageRules(_ pack: TrackerPack) -> String {
    PrintedPage.rules(marking: pack.settings?.marking)
      + "dl.cover dt{font-weight:bold;float:left;clear:left;width:11em}dl.cover dd{margin-left:11.5em}"
  }

  static let style = """
    body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#111}table{border-collapse:collapse;margin:1em 0}
    th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}tr.total td{font-weight:bold}
    thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}
    .rag{display:inline-block;padding:0 6px;border-radius:3px;font-weight:bold}.red{background:#d4351c;color:#fff}
    .amber{background:#ffbf47;color:#000}.green{background:#00703c;color:#fff}.blue{background:#1d70b8;color:#fff}
    .none{background:#ddd;color:#000}section.action{border-top:1px solid #ccc;page-break-inside:avoid}
    dt{font-weight:bold;float:left;clear:left;width:11em}dd{margin-left:11.5em}
    """
}

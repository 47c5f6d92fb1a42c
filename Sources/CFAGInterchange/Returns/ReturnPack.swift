import CFAGDomain
import CFAGOutput

/// The pre-meeting pack: for each case, every agency's return side by side (a draft marked so), row
/// by row down the theme's questions. Panel members read it before the day.
public struct ReturnPack: Sendable {
  /// One case's table.
  public struct CaseTable: Sendable, Equatable {
    public var title: String
    public var agencies: [String]
    /// A row label and one cell per agency.
    public var rows: [(label: String, cells: [String])]

    public static func == (lhs: CaseTable, rhs: CaseTable) -> Bool {
      lhs.title == rhs.title && lhs.agencies == rhs.agencies && lhs.rows.map(\.label) == rhs.rows.map(\.label)
        && lhs.rows.map(\.cells) == rhs.rows.map(\.cells)
    }
  }

  public var title: String
  public var tables: [CaseTable]
  /// The protective marking the pack carries at the head and foot of its pages, if any.
  public var marking: String?

  /// Builds the pack; `agencies` are the agencies expected to return (the panel), to which any
  /// other agency that sent a return is added.
  public init(record: AuditRecord, directory: AgencyDirectory) {
    let audit = record.audit
    title = "Pre-meeting pack: \(audit.title) (\(audit.id)), meeting \(audit.meetingDate.long)"
    let labels = record.caseLabels
    let items = ReturnItem.all(for: audit.theme)
    tables = record.includedCases.map { auditCase in
      let returns = record.returns(for: auditCase.reference)
      let agencyIDs = (audit.panelAgencies + returns.map(\.agency)).uniqued
      let names = agencyIDs.map { id in
        let name = directory.agencies.first { $0.id == id }?.shortName ?? id
        let draft = returns.first { $0.agency == id }.map { !$0.isComplete(in: audit.theme) } ?? false
        return draft ? "\(name) (draft)" : name
      }
      let attributes = [auditCase.planType?.label, auditCase.ageBand.map { "age \($0.label)" }].compactMap {
        $0
      }
      let title =
        "\(labels[auditCase.reference] ?? "Case") — \(auditCase.reference.value)"
        + (attributes.isEmpty ? "" : " (\(attributes.joined(separator: ", ")))")
      // A "does not apply" row only where some agency said so.
      let shown = items.filter { item in
        guard case .notApplicable(let domain) = item else { return true }
        return returns.contains { $0.involved && $0.notApplicable.contains(domain) }
      }
      let rows = shown.map { item in
        (
          label: item.prompt(in: audit.theme),
          cells: agencyIDs.map { id in
            returns.first { $0.agency == id }.map { Self.cell(item, $0) } ?? "no return"
          }
        )
      }
      return CaseTable(title: title, agencies: names, rows: rows)
    }
  }

  static func cell(_ item: ReturnItem, _ agencyReturn: AgencyReturn) -> String {
    if item != .involved && !agencyReturn.involved { return "" }
    return switch item {
    case .involved: agencyReturn.involved ? "yes" : "not involved"
    case .knownBecause: agencyReturn.knownBecause
    case .workDone: agencyReturn.workDone
    case .strengths: agencyReturn.strengths
    case .gaps: agencyReturn.gaps
    case .voice: agencyReturn.voiceOfChild
    case .notApplicable(let id): agencyReturn.notApplicable.contains(id) ? "does not apply" : ""
    case .answer(let id): agencyReturn.answers[id]?.display ?? ""
    case .evidence(let id): agencyReturn.answers[id]?.text ?? ""
    case .domainGrade(let id): agencyReturn.domainGrades[id]?.description ?? ""
    case .overallGrade: agencyReturn.overallGrade?.label ?? ""
    }
  }

  /// The pack as Markdown: one pipe table per case.
  public var markdown: String {
    let marking = marking.map { ["**\(Self.markdownCell($0))**", ""] } ?? []
    var lines = marking + ["# \(Self.markdownCell(title))", ""]
    for table in tables {
      lines += ["## \(Self.markdownCell(table.title))", ""]
      guard !table.agencies.isEmpty else {
        lines += ["No agency returns yet.", ""]
        continue
      }
      lines.append("| Question | " + table.agencies.map(Self.markdownCell).joined(separator: " | ") + " |")
      lines.append("|---" + String(repeating: "|---", count: table.agencies.count) + "|")
      for row in table.rows {
        lines.append(
          "| " + ([row.label] + row.cells).map(Self.markdownCell).joined(separator: " | ") + " |")
      }
      lines.append("")
    }
    lines += marking
    return lines.joined(separator: "\n")
  }

  /// The pack as a self-contained HTML page that prints one case per page.
  public var html: String {
    var parts = [
      "<!DOCTYPE html>", "<html lang=\"en-GB\"><head><meta charset=\"utf-8\">",
      "<title>\(Self.escape(title))</title>",
      "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
        + "th,td{border:1px solid #999;padding:4px;vertical-align:top;text-align:left;white-space:pre-wrap}"
        + "th{background:#eee}thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
        + "h2{break-after:avoid}section{page-break-after:always}"
        + PrintedPage.rules(marking: marking) + "</style>",
      "</head><body>",
    ]
    parts += [PrintedPage.markingLine(marking), "<h1>\(Self.escape(title))</h1>"].compactMap { $0 }
    for table in tables {
      parts.append("<section><h2>\(Self.escape(table.title))</h2>")
      if table.agencies.isEmpty {
        parts.append("<p>No agency returns yet.</p></section>")
        continue
      }
      parts.append(
        "<table><thead><tr><th>Question</th>"
          + table.agencies.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead><tbody>")
      for row in table.rows {
        parts.append(
          "<tr><th>\(Self.escape(row.label))</th>" + row.cells.map { "<td>\(Self.escape($0))</td>" }.joined()
            + "</tr>")
      }
      parts.append("</tbody></table></section>")
    }
    parts += [PrintedPage.markingLine(marking), "</body></html>"].compactMap { $0 }
    return parts.joined(separator: "\n") + "\n"
  }

  static func markdownCell(_ text: String) -> String { MarkdownText.cell(text) }

  static func escape(_ text: String) -> String { XML.escape(text) }
}

extension Array where Element: Hashable {
  fileprivate var uniqued: [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}

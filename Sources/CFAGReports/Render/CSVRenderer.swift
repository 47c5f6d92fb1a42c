/// CSV for the partnership's dataset, RFC 4180 with CRLF line ends, UTF-8 with a BOM so Excel
/// reads it as UTF-8 (as the tracker pack's CSV).
public enum CSVRenderer {
  /// One row per case and domain of an overview report. The case reference column appears only
  /// in an internal report; a redacted one leaves age bands out.
  public static func render(_ report: OverviewReport) -> String {
    let internalKey = Dictionary(
      report.key.map { ($0.label, $0.text) }, uniquingKeysWith: { first, _ in first })
    var header = ["audit_id", "theme_id", "meeting_date", "case"]
    if report.options.isInternal { header.append("reference") }
    header += ["age_band", "plan_type", "overall_grade", "domain_id", "domain", "domain_grade"]
    var rows = [header]
    let domains = report.grid.domainIDs.isEmpty ? [nil] : report.grid.domainIDs.indices.map { Optional($0) }
    for (column, outline) in report.outlines.enumerated() {
      for domain in domains {
        var row = [
          report.title.auditID.rawValue, report.title.themeID, report.title.meetingDate.iso, outline.label,
        ]
        if report.options.isInternal { row.append(internalKey[outline.label] ?? "") }
        row += [
          report.options.redact ? "" : outline.ageBand, outline.planType, outline.grade?.rawValue ?? "",
        ]
        if let domain {
          row += [
            report.grid.domainIDs[domain], report.grid.domains[domain],
            report.grid.cells[domain][column]?.description ?? "",
          ]
        } else {
          row += ["", "", ""]
        }
        rows.append(row)
      }
    }
    return table(rows)
  }

  /// Rows as CSV text, starting with the BOM.
  public static func table(_ rows: [[String]]) -> String {
    "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  static func field(_ text: String) -> String {
    guard
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || text.first == " "
        || text.last == " "
    else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}

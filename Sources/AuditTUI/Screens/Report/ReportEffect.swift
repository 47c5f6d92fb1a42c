import CFAGDomain
import CFAGReports
import CFAGStore
import Foundation
import TUIKit

/// The report screen's changes.
public enum ReportEdit: Sendable {
  /// A narrative section's text; empty removes it.
  case section(auditID: AuditID, key: String, text: String)
  case signOff(auditID: AuditID, by: String)
  case amend(auditID: AuditID, reason: String)

  var auditID: AuditID {
    switch self {
    case .section(let id, _, _), .signOff(let id, _), .amend(let id, _): id
    }
  }

  func perform(_ workbench: Workbench) throws -> EditReport {
    switch self {
    case .section(let id, let key, let text):
      return EditReport(
        nil, try workbench.setReportSection(id, section: try ReportSection(parsing: key), text: text))
    case .signOff(let id, let name):
      try workbench.signOff(id, by: name)
      return EditReport()
    case .amend(let id, let reason): return EditReport(nil, try workbench.amend(id, reason: reason))
    }
  }
}

/// Loading the report's sections, and writing the report to a file.
public enum ReportEffect: Sendable {
  case load(AuditID)
  case export(auditID: AuditID, path: String, isInternal: Bool)

  /// `settings`: the business manager's document settings, for the exported report's cover.
  func run(_ workbench: Workbench, settings: DocumentSettings) throws -> [AppMessage] {
    switch self {
    case .load(let id):
      return [
        .report(
          .loaded(
            ReportData(sections: try workbench.reportSections(id), amendments: try workbench.amendments(id))))
      ]
    case .export(let id, let path, let isInternal):
      let lower = path.lowercased()
      guard let format = ["md", "html", "docx", "csv"].first(where: { lower.hasSuffix("." + $0) }) else {
        throw FileOutputError("end the file's name with .md, .html, .docx or .csv to choose the format")
      }
      let report = OverviewReport.build(
        try workbench.reportInput(id, options: ReportOptions(isInternal: isInternal), settings: settings))
      let bytes: Data =
        switch format {
        case "md": Data(MarkdownRenderer.render(report.document).utf8)
        case "html": Data(HTMLRenderer.render(report.document).utf8)
        case "docx": try DOCXRenderer.render(report.document)
        default: Data(CSVRenderer.render(report).utf8)
        }
      _ = try FileOutput.write(bytes, to: path)
      let note = isInternal ? " It holds case references: keep it to the panel." : ""
      return [.report(.done("Wrote the \(report.isDraft ? "draft " : "")report to \(path).\(note)"))]
    }
  }
}

import CFAGDomain

/// The pack as CSV for Excel: UTF-8 with BOM, ISO dates, one row per action, the id first and
/// a version last so the edited file can be imported back.
public enum TrackerPackCSV {
  public static func encode(_ pack: TrackerPack) -> [UInt8] {
    var writer = CSVWriter()
    writer.write(TrackerColumn.allCases.map(\.rawValue))
    for entry in pack.entries {
      writer.write(TrackerColumn.allCases.map { cell($0, entry) })
    }
    return writer.bytes
  }

  static func cell(_ column: TrackerColumn, _ entry: TrackerPack.Entry) -> String {
    let action = entry.action
    return switch column {
    case .agency: entry.agency
    case .rag: entry.rag.label + (action.manualRAG == nil ? "" : " (manual)")
    case .overdueDays: entry.overdueDays > 0 ? String(entry.overdueDays) : ""
    case .version: entry.version.description
    default: stored(column, action)
    }
  }

  /// A cell that shows only what is stored for the action (not the agency's name or the day's RAG).
  static func stored(_ column: TrackerColumn, _ action: TrackerAction) -> String {
    switch column {
    case .id: action.id.rawValue
    case .urgent: action.urgent ? "Yes" : ""
    case .lead: action.lead
    case .action: action.text
    case .source: action.source.label
    case .audit: action.source.auditID?.rawValue ?? ""
    case .created: action.created.iso
    case .due: action.due.iso
    case .dueReason, .newProgress, .agency, .rag, .overdueDays: ""
    case .status: action.status.label
    case .confidence: action.confidence.label
    case .progressDate: action.latestProgress?.on.iso ?? ""
    case .progressBy: action.latestProgress?.author ?? ""
    case .progress: action.latestProgress?.text ?? ""
    case .evidence: action.evidenceOfImpact
    case .closedBy: action.closure?.by ?? ""
    case .closedOn: action.closure?.on.iso ?? ""
    case .version: TrackerVersion(action).description
    }
  }
}

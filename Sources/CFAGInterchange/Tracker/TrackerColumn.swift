/// The columns of the pack's CSV, in order: the same names are read back by the import.
public enum TrackerColumn: String, CaseIterable, Sendable {
  case id = "ID"
  case urgent = "Urgent"
  case agency = "Agency"
  case lead = "Lead"
  case action = "Action"
  case source = "Source"
  case audit = "Audit"
  case created = "Created"
  case due = "Due"
  case dueReason = "Due date reason"
  case rag = "RAG"
  case overdueDays = "Days overdue"
  case status = "Status"
  case confidence = "Confidence"
  case progressDate = "Latest progress date"
  case progressBy = "Latest progress by"
  case progress = "Latest progress"
  case newProgress = "New progress note"
  case evidence = "Evidence of impact"
  case closedBy = "Closed by"
  case closedOn = "Closed on"
  case version = "Version (do not edit)"

  /// The columns an agency may change; the import reads these, the id and the version.
  public static let editable: [TrackerColumn] = [
    .agency, .lead, .due, .dueReason, .status, .confidence, .newProgress, .evidence,
  ]

  /// The read-only columns that show what is stored: an edit of one is reported, not lost.
  /// (RAG and days overdue are worked out on the day, so they may differ from the export.)
  public static let readOnly: [TrackerColumn] = [
    .urgent, .action, .source, .audit, .created, .progressDate, .progressBy, .progress, .closedBy, .closedOn,
  ]

  /// Whether the column holds a date (a spreadsheet may save it as DD/MM/YYYY).
  var isDate: Bool { [.created, .progressDate, .closedOn, .due].contains(self) }
}

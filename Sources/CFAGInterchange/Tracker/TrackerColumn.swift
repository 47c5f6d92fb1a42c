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
    .due, .dueReason, .status, .confidence, .newProgress, .evidence,
  ]
}

import CFAGDomain
import Foundation

/// One data row of an edited pack: its id, the version it was exported at, and the editable cells.
public struct TrackerRowEdit: Hashable, Sendable {
  public var line: Int
  public var id: ActionID
  public var version: TrackerVersion
  public var status: ActionStatus
  public var confidence: Confidence
  public var due: Day
  public var dueReason: String
  public var evidence: String
  public var newProgress: String
  /// The Lead and Agency cells (editable), as read.
  public var lead: String = ""
  public var agency: String = ""
  /// The read-only cells as read, to report an edit the import would otherwise ignore.
  public var readOnly: [TrackerColumn: String] = [:]

  /// Whether the agency changed an editable cell or wrote a progress note.
  public var isEdited: Bool {
    !newProgress.isEmpty
      || TrackerVersion.cellsHash(status: status, confidence: confidence, due: due, evidence: evidence)
        != version.cells
  }
}

/// Reads the CSV of a pack that agencies edited, row by row; every unreadable value is a problem
/// with its line, column and value.
public enum TrackerCSVReader {
  public static func read(_ data: Data) -> (rows: [TrackerRowEdit], problems: [TrackerImportProblem]) {
    let document: CSVDocument
    do {
      document = try CSVReader.read(data)
    } catch {
      return ([], [TrackerImportProblem(line: error.line, message: error.message)])
    }
    guard let header = document.header else {
      return (
        [],
        [
          TrackerImportProblem(
            line: 1, message: "the file is empty: export the pack with `cfag actions export`")
        ]
      )
    }
    let required: [TrackerColumn] = [.id, .version] + TrackerColumn.editable
    let missing = required.filter { header.index(of: $0.rawValue) == nil }
    guard missing.isEmpty else {
      let names = missing.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      return (
        [],
        [
          TrackerImportProblem(
            line: header.line,
            message:
              "missing column\(missing.count == 1 ? "" : "s") \(names): import the CSV written by `cfag actions export`"
          )
        ]
      )
    }
    var rows: [TrackerRowEdit] = []
    var problems: [TrackerImportProblem] = []
    for record in document.rows where !record.isBlank {
      switch row(record, header) {
      case .success(let edit): rows.append(edit)
      case .failure(let failure): problems += failure.problems
      }
    }
    return (rows, problems)
  }

  static func row(_ record: CSVRecord, _ header: CSVHeader) -> Result<TrackerRowEdit, TrackerImportFailure> {
    func cell(_ column: TrackerColumn) -> String {
      unneutralised(header.index(of: column.rawValue).flatMap(record.field(at:)) ?? "").trimmingWhitespace
    }
    let id = ActionID(cell(.id))
    var problems: [TrackerImportProblem] = []
    func invalid(_ column: TrackerColumn, _ value: String, _ reason: String) {
      problems.append(
        TrackerImportProblem(
          line: record.line, id: id.rawValue.isEmpty ? nil : id,
          message: "\(column.rawValue) \"\(value)\" \(reason)"))
    }
    if id.rawValue.isEmpty { invalid(.id, "", "is empty: every row needs the action's id") }
    let version = TrackerVersion(parsing: cell(.version))
    if version == nil {
      invalid(.version, cell(.version), "is not a version written by cfag: leave that column as exported")
    }
    let status = ActionStatus(parsing: cell(.status))
    if status == nil {
      invalid(
        .status, cell(.status),
        "is not a status (use \(ActionStatus.allCases.map(\.label).joined(separator: ", ")))")
    }
    let confidence = Confidence(parsing: cell(.confidence))
    if confidence == nil {
      invalid(
        .confidence, cell(.confidence),
        "is not a confidence (use \(Confidence.allCases.map(\.label).joined(separator: ", ")))")
    }
    let due = day(cell(.due))
    if due == nil { invalid(.due, cell(.due), "is not a date (use YYYY-MM-DD, or DD/MM/YYYY)") }
    if let due, let message = ImportLimits.problem(date: due) {
      problems.append(
        TrackerImportProblem(line: record.line, id: id, message: "\(TrackerColumn.due.rawValue) \(message)"))
    }
    guard let version, let status, let confidence, let due, problems.isEmpty else {
      return .failure(TrackerImportFailure(problems: problems))
    }
    var edit = TrackerRowEdit(
      line: record.line, id: id, version: version, status: status, confidence: confidence, due: due,
      dueReason: cell(.dueReason), evidence: TrackerVersion.normalised(cell(.evidence)),
      newProgress: cell(.newProgress))
    edit.lead = cell(.lead)
    edit.agency = cell(.agency)
    for column in TrackerColumn.readOnly where header.index(of: column.rawValue) != nil {
      edit.readOnly[column] = TrackerVersion.normalised(cell(column))
    }
    return .success(edit)
  }

  /// A date as ISO, or as a UK spreadsheet saves it (DD/MM/YYYY).
  static func day(_ text: String) -> Day? {
    if let day = Day(iso: text) { return day }
    let parts = text.split(separator: "/").map { Int($0) }
    guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2], year > 999 else {
      return nil
    }
    return Day(year: year, month: month, day: day)
  }

  /// Drops the `'` the writer puts before a cell Excel could take for a formula.
  static func unneutralised(_ text: String) -> String {
    guard text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@\t\r".contains(next) else {
      return text
    }
    return String(text.dropFirst())
  }
}

import CFAGDomain

/// What an edited pack would change, action by action and field by field, with every problem:
/// unknown ids, repeated ids, refused changes, and rows whose action changed since the export.
public struct TrackerImportPlan: Sendable {
  /// One action that the import changes.
  public struct Entry: Sendable {
    public var line: Int
    public var before: TrackerAction
    public var after: TrackerAction
    public var changes: [ActionChange]
    /// The reason for a revised due date, kept in the change log.
    public var reason: String?

    public var id: ActionID { after.id }
  }

  public var entries: [Entry]
  /// Rows read that change nothing.
  public var unchanged: Int
  public var problems: [TrackerImportProblem]

  /// Compares the rows with the actions as they are now; notes are written by `author` on `today`.
  public init(
    rows: [TrackerRowEdit], problems: [TrackerImportProblem], current: (ActionID) -> TrackerAction?,
    author: String,
    today: Day
  ) {
    entries = []
    unchanged = 0
    self.problems = problems
    var seen: [ActionID: Int] = [:]
    for row in rows {
      if let first = seen[row.id] {
        self.problems.append(problem(row, "appears again (first on line \(first)): keep one row per action"))
        continue
      }
      seen[row.id] = row.line
      guard let action = current(row.id) else {
        self.problems.append(problem(row, "no such action in the tracker (unknown id)"))
        continue
      }
      guard row.isEdited else {
        unchanged += 1
        continue
      }
      guard TrackerVersion.stateHash(action) == row.version.state else {
        self.problems.append(
          problem(
            row,
            "conflict: the action changed in the tracker since this file was exported (or the file was imported already); "
              + "export the pack again and copy this row's edits into it"))
        continue
      }
      if row.due != action.due && row.dueReason.isEmpty {
        self.problems.append(
          problem(
            row,
            "Due \"\(row.due.iso)\" is revised from \(action.due.iso) without a reason: fill in \"\(TrackerColumn.dueReason.rawValue)\""
          ))
        continue
      }
      let update = ActionUpdate(
        progress: row.newProgress.isEmpty ? nil : row.newProgress, status: row.status,
        confidence: row.confidence,
        due: row.due, dueReason: row.dueReason, evidence: row.evidence)
      var after = action
      do {
        let changes = try after.apply(update, by: author, on: today)
        if changes.isEmpty {
          unchanged += 1
        } else {
          entries.append(
            Entry(
              line: row.line, before: action, after: after, changes: changes,
              reason: row.due != action.due ? row.dueReason : nil))
        }
      } catch {
        self.problems.append(problem(row, String(describing: error)))
      }
    }
    self.problems.sort { $0.line < $1.line }
  }

  private func problem(_ row: TrackerRowEdit, _ message: String) -> TrackerImportProblem {
    TrackerImportProblem(line: row.line, id: row.id, message: message)
  }
}

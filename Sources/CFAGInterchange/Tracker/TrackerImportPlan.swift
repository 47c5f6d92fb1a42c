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
  /// `agencyName` gives the name the pack shows for an owner id, `agencyID` the owner an Agency cell
  /// names (nil if none). `anonymiser` is the pack's: read-only cells are compared with what the
  /// export showed.
  public init(
    rows: [TrackerRowEdit], problems: [TrackerImportProblem], current: (ActionID) -> TrackerAction?,
    author: String,
    today: Day, agencyName: (String) -> String = { $0 }, agencyID: (String) -> String? = { $0 },
    anonymiser: Anonymiser = Anonymiser(references: [], labels: [:])
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
      let sameState = TrackerVersion.stateHash(action) == row.version.state
      if sameState {
        let edited = Self.readOnlyEdits(row, anonymiser.scrubbed(action))
        guard edited.isEmpty else {
          self.problems += edited.map { problem(row, $0) }
          continue
        }
      }
      var owner: String?
      if !row.agency.isEmpty && row.agency != agencyName(action.owner) {
        guard let id = agencyID(row.agency) else {
          self.problems.append(
            problem(
              row, "\(TrackerColumn.agency.rawValue) \"\(row.agency)\" is not an agency of the partnership"))
          continue
        }
        if id != action.owner { owner = id }
      }
      let lead = row.lead.isEmpty || row.lead == action.lead ? nil : row.lead
      guard row.isEdited || lead != nil || owner != nil else {
        unchanged += 1
        continue
      }
      guard sameState else {
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
      let shownEvidence = TrackerVersion.normalised(anonymiser.scrub(action.evidenceOfImpact))
      let evidence =
        TrackerVersion.normalised(row.evidence) == shownEvidence ? action.evidenceOfImpact : row.evidence
      let update = ActionUpdate(
        progress: row.newProgress.isEmpty ? nil : row.newProgress, status: row.status,
        confidence: row.confidence,
        due: row.due, dueReason: row.dueReason, evidence: evidence, lead: lead, owner: owner)
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

  /// The read-only cells of a row whose action is unchanged since the export that differ from what
  /// the export wrote, each in words (a date may come back as DD/MM/YYYY).
  static func readOnlyEdits(_ row: TrackerRowEdit, _ action: TrackerAction) -> [String] {
    TrackerColumn.readOnly.compactMap { column in
      guard let found = row.readOnly[column] else { return nil }
      let exported = TrackerVersion.normalised(TrackerPackCSV.stored(column, action))
      if found == exported { return nil }
      if column.isDate, !found.isEmpty, TrackerCSVReader.day(found)?.iso == exported { return nil }
      let advice =
        column == .progress
        ? "write a new note in \"\(TrackerColumn.newProgress.rawValue)\" and put this cell back"
        : "put it back as exported"
      return
        "column \"\(column.rawValue)\" was changed from \(Self.quoted(exported)) to \(Self.quoted(found)), "
        + "but it is read-only and would not be imported: \(advice)"
    }
  }

  private static func quoted(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return "\"" + (line.count > 40 ? String(line.prefix(40)) + "…" : line) + "\""
  }

  private func problem(_ row: TrackerRowEdit, _ message: String) -> TrackerImportProblem {
    TrackerImportProblem(line: row.line, id: row.id, message: message)
  }
}

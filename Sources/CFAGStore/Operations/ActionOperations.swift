import CFAGDomain

/// Reading and storing tracker actions: the shared pieces every action command uses.
enum ActionOperations {
  /// Notes of one day in the order they were written: by the number after the action id.
  static func noteOrder(_ dialect: SQLDialect) -> String {
    "CAST(substr(id, \(dialect.position(of: "'/'", in: "id")) + 1) AS INTEGER)"
  }

  static func nextID(_ db: any StoreConnection, year: Int) throws -> ActionID {
    TrackerAction.nextID(
      year: year,
      existing: try db.values(ActionID.self, "SELECT id FROM action WHERE id LIKE ?", ["LL-\(year)-%"]))
  }

  static func insert(_ tx: LoggedTransaction, _ action: TrackerAction) throws {
    if case .escalation = action.source {
      // Its text is the escalation's concern, checked as such.
    } else {
      try tx.checkText(action.text, field: .text, auditID: action.source.auditID)
    }
    try tx.insert(
      ActionTable.self, id: action.id.rawValue, auditID: action.source.auditID, ActionRows.values(action))
    for (index, note) in action.progress.enumerated() {
      try insertNote(tx, actionID: action.id, index: index + 1, note, auditID: action.source.auditID)
    }
  }

  static func insertNote(
    _ tx: LoggedTransaction, actionID: ActionID, index: Int, _ note: ProgressNote, auditID: AuditID?
  )
    throws
  {
    try tx.checkText(note.text, field: .note, auditID: auditID)
    try tx.insert(
      ActionProgressTable.self, id: "\(actionID)/\(index)", auditID: auditID,
      [
        (ActionProgressTable.actionID, actionID.sqlValue),
        (ActionProgressTable.onDay, note.on.iso.sqlValue),
        (ActionProgressTable.author, note.author.sqlValue),
        (ActionProgressTable.text, note.text.sqlValue),
      ])
  }

  static func action(_ db: any StoreConnection, _ id: ActionID) throws -> TrackerAction {
    guard let row = try db.row("SELECT * FROM action WHERE id = ?", [id]) else {
      throw DomainError.notFound(kind: "action", id: id.rawValue)
    }
    return try ActionRows.action(row, progress: try progress(db, id))
  }

  static func progress(_ db: any StoreConnection, _ id: ActionID) throws -> [ProgressNote] {
    try db.rows(
      "SELECT * FROM action_progress WHERE action_id = ? ORDER BY on_day, \(noteOrder(db.dialect))", [id]
    ).map(ActionRows.progress)
  }

  /// Every action, with progress notes unless `withNotes` is false, loaded in two queries (one
  /// without the notes).
  static func all(_ db: any StoreConnection, auditID: AuditID? = nil, withNotes: Bool = true) throws
    -> [TrackerAction]
  {
    let filter = auditID == nil ? "" : " WHERE audit_id = ?"
    let arguments: SQLArguments = auditID.map { [$0] } ?? []
    let rows = try db.rows("SELECT * FROM action\(filter) ORDER BY id", arguments)
    var notes: [String: [ProgressNote]] = [:]
    let noteFilter = auditID == nil ? "" : " WHERE action_id IN (SELECT id FROM action WHERE audit_id = ?)"
    let noteRows =
      withNotes
      ? try db.rows(
        "SELECT * FROM action_progress\(noteFilter) ORDER BY action_id, on_day, \(noteOrder(db.dialect))",
        arguments) : []
    for row in noteRows {
      let actionID: String = try RowReader(row, table: ActionProgressTable.self).value(
        ActionProgressTable.actionID)
      notes[actionID, default: []].append(try ActionRows.progress(row))
    }
    return try rows.map { row in
      let id: String = try RowReader(row, table: ActionTable.self).value(ActionTable.id)
      return try ActionRows.action(row, progress: notes[id] ?? [])
    }
  }

  /// Writes an action's changed fields and its new progress notes.
  static func save(
    _ tx: LoggedTransaction, from before: TrackerAction, to after: TrackerAction, reason: String?
  )
    throws
  {
    let auditID = after.source.auditID
    if after.text != before.text {
      if after.isEscalation {
        try tx.checkText(TrackerAction.concern(in: after.text), field: .concern, auditID: auditID)
      } else {
        try tx.checkText(after.text, field: .text, auditID: auditID)
      }
    }
    if after.evidenceOfImpact != before.evidenceOfImpact {
      try tx.checkText(after.evidenceOfImpact, field: .evidence, auditID: auditID)
    }
    try tx.update(
      ActionTable.self, id: after.id.rawValue, auditID: auditID, ActionRows.values(after), reason: reason)
    for (index, note) in after.progress.enumerated() where index >= before.progress.count {
      try insertNote(tx, actionID: after.id, index: index + 1, note, auditID: auditID)
    }
  }

  /// Reads an action, changes it by a domain rule, and saves what changed.
  static func change<T>(
    _ tx: LoggedTransaction, _ id: ActionID, reason: String? = nil, _ body: (inout TrackerAction) throws -> T
  ) throws -> T {
    let before = try action(tx.db, id)
    var after = before
    let result = try body(&after)
    try save(tx, from: before, to: after, reason: reason)
    return result
  }
}

/// A new action as typed: where it came from, the one owner, the lead, the due date and the text.
public struct NewAction: Sendable {
  /// What the action was raised from.
  public enum Source: Sendable {
    /// A recommendation id such as `R-3`.
    case recommendation(RecommendationID)
    /// An audit, and optionally one of its cases.
    case audit(AuditID, reference: String?)
    /// Other learning named in words.
    case other(String)
  }

  public var source: Source
  /// The one owner agency, as typed (short forms accepted).
  public var owner: String
  public var lead: String
  public var due: Day
  public var text: String
  public var reaudit: Bool

  public init(source: Source, owner: String, lead: String, due: Day, text: String, reaudit: Bool = false) {
    self.source = source
    self.owner = owner
    self.lead = lead
    self.due = due
    self.text = text
    self.reaudit = reaudit
  }
}

extension Workbench {
  /// Raises an action and returns it (its `smartWarnings` are for the person who typed it). The
  /// audit may be signed off: the tracker outlives it. The recommendation or case must exist.
  public func addAction(_ new: NewAction) throws -> Saved<TrackerAction> {
    let text = new.text.trimmingWhitespace
    let lead = new.lead.trimmingWhitespace
    guard !text.isEmpty else {
      throw DomainError.missing(field: "text", reason: "an action needs its text")
    }
    guard !lead.isEmpty else {
      throw DomainError.missing(field: "lead", reason: "name the one lead in the owner agency")
    }
    guard !new.owner.contains(where: { ",;/+".contains($0) }) else {
      throw DomainError.invalid(
        field: "owner", value: new.owner,
        reason:
          "names more than one agency: an action has exactly one owner (unclear ownership is how plans fail)")
    }
    return try saving { tx in
      let source: ActionSource =
        switch new.source {
        case .recommendation(let id):
          .recommendation(id: id, auditID: try Self.recommendationAudit(tx.db, id))
        case .audit(let auditID, let reference):
          .auditCase(
            auditID: try AuditReads.audit(tx.db, auditID, themes: tx.themes).id,
            reference: try reference.map {
              try AuditReads.auditCase(
                tx.db, auditID, CaseReference(trusted: $0.trimmingWhitespace)
              )
              .reference
            })
        case .other(let words):
          .other(
            try Self.nonEmpty(
              words, field: "source", hint: "name the learning, e.g. a case review"))
        }
      let action = TrackerAction(
        id: try ActionOperations.nextID(tx.db, year: session.today.year), text: text, source: source,
        owner: try AgencyOperations.resolve(tx.db, new.owner).id, lead: lead,
        created: session.today,
        due: new.due, reaudit: new.reaudit)
      try ActionOperations.insert(tx, action)
      return action
    }
  }

  /// Applies an update (progress note, status, confidence, RAG, due date, evidence, re-audit, or
  /// a correction of its text, owner and lead); returns what changed, field by field. The owner
  /// may be typed in any form the agency list knows; the update's reason goes to the change log.
  @discardableResult
  public func updateAction(_ id: ActionID, _ update: ActionUpdate) throws -> Saved<[ActionChange]> {
    try saving { tx in
      var update = update
      update.owner = try update.owner.map { try AgencyOperations.resolve(tx.db, $0).id }
      return try ActionOperations.change(tx, id, reason: update.logReason) {
        try $0.apply(update, by: session.actor, on: session.today)
      }
    }
  }

  /// Closes an action, signed off by `by`; evidence of impact is required (here or already recorded).
  @discardableResult
  public func closeAction(_ id: ActionID, by: String, evidence: String? = nil) throws -> Saved<Void> {
    try saving { tx in
      try ActionOperations.change(tx, id) {
        try $0.close(by: by, evidence: evidence, on: session.today)
      }
    }
  }

  /// Reopens a closed action; the reason is kept as a progress note and in the change log.
  @discardableResult
  public func reopenAction(_ id: ActionID, reason: String) throws -> Saved<Void> {
    try saving { tx in
      try ActionOperations.change(tx, id, reason: reason) {
        try $0.reopen(reason: reason, by: session.actor, on: session.today)
      }
    }
  }

  static func nonEmpty(_ text: String, field: Field, hint: String) throws -> String {
    let trimmed = text.trimmingWhitespace
    guard !trimmed.isEmpty else { throw DomainError.missing(field: field, reason: hint) }
    return trimmed
  }

  /// One action, with its progress notes.
  public func action(_ id: ActionID) throws -> TrackerAction {
    try store.read { try ActionOperations.action($0, id) }
  }

  /// Every action, or those raised from one audit.
  public func actions(audit: AuditID? = nil) throws -> [TrackerAction] {
    try store.read { try ActionOperations.all($0, auditID: audit) }
  }

  /// The open actions' standing on the day its argument gives. It reads only the indexes of
  /// `v5-start-indexes`: the open actions' (whose condition it states word for word, as a partial
  /// index requires) and the notes' days.
  static let openStandingsSQL = """
    SELECT a.id, a.status, a.due, a.confidence, a.rag_override, a.urgent,
      (SELECT MAX(p.on_day) FROM action_progress p WHERE p.action_id = a.id AND p.on_day <= ?) AS latest
    FROM action a WHERE a.status <> 'closed'
    """

  /// What the RAG rule reads of every action not closed, on the session's today, in one query
  /// without texts or notes: what a summary of the tracker counts.
  public func openActionStandings() throws -> [ActionStanding] {
    try store.readOne { db in try db.fetch(Self.openStandingsQuery(today: session.today)) }
  }

  static func openStandingsQuery(today: Day) -> StoreQuery<[ActionStanding]> {
    StoreQuery(Self.openStandingsSQL, [today.iso]) { rows in try rows.map(standing) }
  }

  private static func standing(_ row: SQLRow) throws -> ActionStanding {
    let reader = RowReader(row, table: ActionTable.self)
    return ActionStanding(
      status: try reader.raw(ActionStatus.self, ActionTable.status), due: try reader.day(ActionTable.due),
      confidence: try reader.raw(Confidence.self, ActionTable.confidence),
      ragOverride: try reader.optionalRaw(RAG.self, ActionTable.ragOverride),
      urgent: try reader.value(ActionTable.urgent), latestNote: try reader.optionalDay("latest"))
  }
}

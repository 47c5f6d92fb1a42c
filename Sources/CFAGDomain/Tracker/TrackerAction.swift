/// An action in the Action and Improvement plan that the Learning Lessons subgroup tracks.
public struct TrackerAction: Hashable, Sendable, Codable, Identifiable {
  /// An id people can say aloud: `LL-2026-014`.
  public var id: ActionID
  public var text: String
  public var source: ActionSource
  /// The one owner agency (id). Exactly one: unclear ownership is how plans fail.
  public var owner: String
  /// The named lead in the owner agency.
  public var lead: String
  public var created: Day
  public var due: Day
  /// Earlier due dates, with the reason each was revised.
  public var dueRevisions: [DueRevision]
  public var status: ActionStatus
  public var confidence: Confidence
  public var ragOverride: RAGOverride?
  public var progress: [ProgressNote]
  /// "What difference did it make?" Required to close.
  public var evidenceOfImpact: String
  public var closure: Closure?
  /// Raised by an escalation from a case: listed first until closed.
  public var urgent: Bool
  /// Asks for the theme to be audited again.
  public var reaudit: Bool

  public init(
    id: ActionID, text: String, source: ActionSource, owner: String, lead: String, created: Day, due: Day,
    dueRevisions: [DueRevision] = [], status: ActionStatus = .notStarted,
    confidence: Confidence = .onTrack, ragOverride: RAGOverride? = nil, progress: [ProgressNote] = [],
    evidenceOfImpact: String = "", closure: Closure? = nil, urgent: Bool = false, reaudit: Bool = false
  ) {
    self.id = id
    self.text = text
    self.source = source
    self.owner = owner
    self.lead = lead
    self.created = created
    self.due = due
    self.dueRevisions = dueRevisions
    self.status = status
    self.confidence = confidence
    self.ragOverride = ragOverride
    self.progress = progress
    self.evidenceOfImpact = evidenceOfImpact
    self.closure = closure
    self.urgent = urgent
    self.reaudit = reaudit
  }

  public var isOpen: Bool { status == .notStarted || status == .inProgress }

  public func isOverdue(today: Day) -> Bool { isOpen && due < today }

  /// The RAG rating the rule derives (see `ActionStanding.derivedRAG`).
  public func derivedRAG(today: Day) -> RAG { standing(on: today).derivedRAG(today: today) }

  /// The rating people see: the manual override where one is set, else the derived one.
  /// The manual rating in force: none once the action is closed.
  public var manualRAG: RAGOverride? { status == .closed ? nil : ragOverride }

  /// A closed action is rated none whatever was set by hand.
  public func rag(today: Day) -> RAG {
    standing(on: today).rag(today: today)
  }

  /// The SMART check: gentle warnings, never a refusal.
  public var smartWarnings: [String] {
    var warnings: [String] = []
    let lower = text.lowercased()
    let measureWords = [
      "%", "measure", "audit", "evidence", "report", "number", "all ", "every", "increase",
      "reduce", "by ", "review", "data", "feedback", "survey", "compliance",
    ]
    if !measureWords.contains(where: lower.contains) && !lower.contains(where: \.isNumber) {
      warnings.append("the action names no measure: how will the subgroup know it is done?")
    }
    if text.split(separator: " ").count < 5 {
      warnings.append("the action is very short: say what will be done, by whom, and how it is measured")
    }
    return warnings
  }

  /// Throws unless the action may be closed.
  public func requireClosable() throws(DomainError) {
    guard status != .closed else { throw .refused("action \(id) is already closed") }
    guard !evidenceOfImpact.trimmingWhitespace.isEmpty else {
      throw .missing(
        field: "evidence",
        reason: "closing \(id) needs evidence of impact: what difference did it make?")
    }
  }

  /// The rule that derives the RAG rating, in words, for screens, packs and the README.
  public static let ragRule: [(rag: RAG, rule: String)] = [
    (.red, "open and past its due date, or off track"),
    (.amber, "at risk; or due within 30 days with no progress note in the last 30 days"),
    (.green, "open otherwise"),
    (.blue, "complete, awaiting evidence of impact"),
    (.none, "closed"),
  ]

  /// The order of the tracker's lists: urgent escalation actions first until they are closed,
  /// then by due date, then by id.
  public static func listOrder(_ lhs: TrackerAction, _ rhs: TrackerAction) -> Bool {
    lhs.listPlace < rhs.listPlace
  }

  /// Where the action comes in the tracker's lists (`listOrder`): a small value, so a long list
  /// can be sorted by place without moving whole actions about.
  public var listPlace: ListPlace { ListPlace(urgent: urgent && status != .closed, due: due, id: id) }

  /// An action's place in the tracker's lists.
  public struct ListPlace: Comparable, Sendable {
    /// Urgent and not closed.
    let urgent: Bool
    let due: Day
    let id: ActionID

    public static func < (lhs: ListPlace, rhs: ListPlace) -> Bool {
      if lhs.urgent != rhs.urgent { return lhs.urgent }
      if lhs.due != rhs.due { return lhs.due < rhs.due }
      return lhs.id < rhs.id
    }
  }

  /// The newest progress note.
  public var latestProgress: ProgressNote? { progress.last }

  /// How an escalation's action begins: its text is this and the concern.
  public static let concernPrefix = "Immediate concern: "

  /// An escalation's action text for a concern.
  public static func escalationText(_ concern: String) -> String { concernPrefix + concern }

  /// The concern in an escalation's text (the text itself when it lacks the prefix).
  public static func concern(in text: String) -> String {
    let trimmed = text.trimmingWhitespace
    let prefix = concernPrefix.trimmingWhitespace
    guard trimmed.hasPrefix(prefix) else { return trimmed }
    return String(trimmed.dropFirst(prefix.count)).trimmingWhitespace
  }

  /// Whether an escalation from a case raised it.
  public var isEscalation: Bool {
    if case .escalation = source { return true }
    return false
  }

  /// The next id for a year, given the ids already used: `LL-2026-015`.
  public static func nextID(year: Int, existing: [ActionID]) -> ActionID {
    let prefix = "LL-\(year)-"
    let used = existing.compactMap {
      $0.rawValue.hasPrefix(prefix) ? Int($0.rawValue.dropFirst(prefix.count)) : nil
    }
    let next = (used.max() ?? 0) + 1
    let digits = String(next)
    return ActionID(rawValue: prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits)
  }
}

/// Where an action came from.
public enum ActionSource: Hashable, Sendable, Codable {
  /// A recommendation (id) of an audit.
  case recommendation(id: RecommendationID, auditID: AuditID)
  /// An immediate concern escalated from a case during an audit.
  case escalation(auditID: AuditID, reference: CaseReference)
  /// A case in an audit, raised without an escalation.
  case auditCase(auditID: AuditID, reference: CaseReference?)
  /// Other learning, named in words, e.g. "LCSPR Smith family".
  case other(String)

  public var auditID: AuditID? {
    switch self {
    case .recommendation(_, let audit), .escalation(let audit, _), .auditCase(let audit, _): audit
    case .other: nil
    }
  }

  public var label: String {
    switch self {
    case .recommendation(let id, let audit): "recommendation \(id) of \(audit)"
    case .escalation(let audit, _): "escalation in \(audit)"
    case .auditCase(let audit, _): "audit \(audit)"
    case .other(let text): text
    }
  }
}

public enum ActionStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case notStarted = "not-started"
  case inProgress = "in-progress"
  case complete
  case closed

  public init?(parsing text: String) {
    let key = text.lowercased().filter(\.isLetter)
    guard let match = Self.allCases.first(where: { $0.rawValue.filter(\.isLetter) == key }) else {
      return nil
    }
    self = match
  }

  public var label: String {
    switch self {
    case .notStarted: "Not started"
    case .inProgress: "In progress"
    case .complete: "Complete"
    case .closed: "Closed"
    }
  }
}

/// The owner's own view of delivery.
public enum Confidence: String, Hashable, Sendable, Codable, CaseIterable {
  case onTrack = "on-track"
  case atRisk = "at-risk"
  case offTrack = "off-track"

  public init?(parsing text: String) {
    let key = text.lowercased().filter(\.isLetter)
    guard let match = Self.allCases.first(where: { $0.rawValue.filter(\.isLetter) == key }) else {
      return nil
    }
    self = match
  }
}

extension Confidence {
  /// "On track", "At risk", "Off track".
  public var label: String {
    switch self {
    case .onTrack: "On track"
    case .atRisk: "At risk"
    case .offTrack: "Off track"
    }
  }
}

/// Red / amber / green, blue for complete awaiting evidence, none for closed.
public enum RAG: String, Hashable, Sendable, Codable, CaseIterable {
  case red, amber, green, blue, none

  public init?(parsing text: String) {
    guard let match = Self.allCases.first(where: { $0.rawValue == text.lowercased() }) else { return nil }
    self = match
  }

  public var label: String {
    switch self {
    case .red: "Red"
    case .amber: "Amber"
    case .green: "Green"
    case .blue: "Blue"
    case .none: "None"
    }
  }
}

public struct RAGOverride: Hashable, Sendable, Codable {
  public var rag: RAG
  public var reason: String

  public init(rag: RAG, reason: String) {
    self.rag = rag
    self.reason = reason
  }
}

public struct DueRevision: Hashable, Sendable, Codable {
  public var from: Day
  public var to: Day
  public var reason: String
  public var on: Day

  public init(from: Day, to: Day, reason: String, on: Day) {
    self.from = from
    self.to = to
    self.reason = reason
    self.on = on
  }
}

/// A dated progress note and who wrote it.
public struct ProgressNote: Hashable, Sendable, Codable {
  public var on: Day
  public var author: String
  public var text: String

  public init(on: Day, author: String, text: String) {
    self.on = on
    self.author = author
    self.text = text
  }
}

public struct Closure: Hashable, Sendable, Codable {
  public var by: String
  public var on: Day

  public init(by: String, on: Day) {
    self.by = by
    self.on = on
  }
}

/// One field of an action as it changed: listed by `update`, `import`, and in the change log.
public struct ActionChange: Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var old: String?
  public var new: String

  public init(field: String, old: String?, new: String) {
    self.field = field
    self.old = old
    self.new = new
  }

  /// `status: not-started → in-progress`, or `progress: + "text"` for something added.
  public var description: String {
    guard let old else { return "\(field): + \"\(new)\"" }
    return "\(field): \(old.isEmpty ? "(empty)" : old) → \(new.isEmpty ? "(empty)" : new)"
  }
}

/// A manual RAG rating with its reason, or back to the derived one.
public enum RAGChoice: Hashable, Sendable {
  case override(RAG, reason: String)
  case derived
}

/// Changes the owner or the subgroup makes to an open action; `nil` leaves a field as it is.
public struct ActionUpdate: Hashable, Sendable {
  /// A new progress note, written by the session's actor today.
  public var progress: String?
  public var status: ActionStatus?
  public var confidence: Confidence?
  public var rag: RAGChoice?
  /// A revised due date, which needs `dueReason`.
  public var due: Day?
  public var dueReason: String?
  public var evidence: String?
  public var reaudit: Bool?
  /// A new named lead.
  public var lead: String?
  /// A new owner agency (its id, or as typed: the workbench resolves it).
  public var owner: String?
  /// Corrected text; for an escalation, the concern (with or without "Immediate concern: ").
  public var text: String?
  /// Why the action was changed, kept in the change log.
  public var reason: String?

  public init(
    progress: String? = nil, status: ActionStatus? = nil, confidence: Confidence? = nil,
    rag: RAGChoice? = nil,
    due: Day? = nil, dueReason: String? = nil, evidence: String? = nil, reaudit: Bool? = nil,
    lead: String? = nil, owner: String? = nil, text: String? = nil, reason: String? = nil
  ) {
    self.lead = lead
    self.owner = owner
    self.text = text
    self.reason = reason
    self.progress = progress
    self.status = status
    self.confidence = confidence
    self.rag = rag
    self.evidence = evidence
    self.reaudit = reaudit
    self.due = due
    self.dueReason = dueReason
  }

  /// Whether it changes nothing at all (a reason alone changes nothing).
  public var isEmpty: Bool {
    var changes = self
    changes.reason = nil
    return changes == ActionUpdate()
  }

  /// The reason the change log keeps: the one given, else a revised due date's.
  public var logReason: String? {
    let given = reason?.trimmingWhitespace ?? ""
    return given.isEmpty ? (due == nil ? nil : dueReason) : given
  }

  /// A correction of what was saved (text, owner, lead, due date), with its reason.
  public static func correction(
    text: String, owner: String, lead: String, due: Day, reason: String
  ) -> ActionUpdate {
    ActionUpdate(due: due, dueReason: reason, lead: lead, owner: owner, text: text, reason: reason)
  }

  /// The correction that puts `action`'s text, owner, lead and due date back as they were.
  public static func correction(restoring action: TrackerAction, reason: String) -> ActionUpdate {
    correction(text: action.text, owner: action.owner, lead: action.lead, due: action.due, reason: reason)
  }
}

extension TrackerAction {
  /// Applies an update by the rules of the tracker, returning each field that changed.
  /// Closing and reopening have their own steps (`close`, `reopen`).
  public mutating func apply(_ update: ActionUpdate, by author: String, on today: Day) throws(DomainError)
    -> [ActionChange]
  {
    var changes: [ActionChange] = []
    if let status = update.status, status != self.status {
      guard status != .closed else {
        throw .refused(
          "\(id) is closed by the subgroup with evidence of impact, not by a status change",
          remedy: .closeWithEvidence(id))
      }
      guard self.status != .closed else {
        throw .refused(
          "\(id) is closed: reopen it with a reason first", remedy: .reopen(id))
      }
      changes.append(ActionChange(field: "status", old: self.status.rawValue, new: status.rawValue))
      self.status = status
    }
    if let confidence = update.confidence, confidence != self.confidence {
      changes.append(
        ActionChange(field: "confidence", old: self.confidence.rawValue, new: confidence.rawValue))
      self.confidence = confidence
    }
    if let rag = update.rag { changes += try choose(rag) }
    if let day = update.due, day != due {
      changes.append(try revise(due: day, reason: update.dueReason ?? "", on: today))
    }
    if let evidence = update.evidence?.trimmingWhitespace, evidence != evidenceOfImpact {
      guard !(evidence.isEmpty && status == .closed) else {
        throw .refused("\(id) is closed: its evidence of impact cannot be removed")
      }
      changes.append(ActionChange(field: "evidence", old: evidenceOfImpact, new: evidence))
      evidenceOfImpact = evidence
    }
    if let text = update.text, let change = try correct(text: text) { changes.append(change) }
    if let lead = update.lead?.trimmingWhitespace, lead != self.lead {
      guard !lead.isEmpty else { throw .missing(field: "lead", reason: "every action needs a named lead") }
      changes.append(ActionChange(field: "lead", old: self.lead, new: lead))
      self.lead = lead
    }
    if let owner = update.owner, owner != self.owner {
      changes.append(ActionChange(field: "owner", old: self.owner, new: owner))
      self.owner = owner
    }
    if let reaudit = update.reaudit, reaudit != self.reaudit {
      changes.append(ActionChange(field: "reaudit", old: String(self.reaudit), new: String(reaudit)))
      self.reaudit = reaudit
    }
    if let text = update.progress?.trimmingWhitespace {
      guard !text.isEmpty else { throw .missing(field: "progress", reason: "a progress note needs its text") }
      progress.append(ProgressNote(on: today, author: author, text: text))
      changes.append(ActionChange(field: "progress", old: nil, new: text))
    }
    return changes
  }

  /// Corrects the text; an escalation's text stays "Immediate concern: …", so only its concern
  /// is typed.
  private mutating func correct(text typed: String) throws(DomainError) -> ActionChange? {
    let trimmed = typed.trimmingWhitespace
    let corrected: String
    if case .escalation = source {
      let concern = Self.concern(in: trimmed)
      guard !concern.isEmpty else {
        throw .missing(field: .text, reason: "an escalation's text is its immediate concern: say what it is")
      }
      corrected = Self.escalationText(concern)
    } else {
      guard !trimmed.isEmpty else { throw .missing(field: .text, reason: "an action needs its text") }
      corrected = trimmed
    }
    guard corrected != text else { return nil }
    let change = ActionChange(field: "text", old: text, new: corrected)
    text = corrected
    return change
  }

  private mutating func choose(_ choice: RAGChoice) throws(DomainError) -> [ActionChange] {
    let old = ragOverride.map { "\($0.rag.rawValue) (manual)" } ?? "derived"
    switch choice {
    case .derived:
      guard ragOverride != nil else { return [] }
      ragOverride = nil
      return [ActionChange(field: "rag", old: old, new: "derived")]
    case .override(let rag, let reason):
      let reason = reason.trimmingWhitespace
      guard !reason.isEmpty else {
        throw .missing(field: "rag-reason", reason: "a manual RAG rating needs a reason")
      }
      let override = RAGOverride(rag: rag, reason: reason)
      guard override != ragOverride else { return [] }
      ragOverride = override
      return [ActionChange(field: "rag", old: old, new: "\(rag.rawValue) (manual: \(reason))")]
    }
  }

  private mutating func revise(due day: Day, reason: String, on today: Day) throws(DomainError)
    -> ActionChange
  {
    let reason = reason.trimmingWhitespace
    guard !reason.isEmpty else {
      throw .missing(field: "due-reason", reason: "a revised due date needs a reason")
    }
    guard status != .closed else { throw .refused("\(id) is closed: its due date cannot be revised") }
    guard day >= created else {
      throw .invalid(
        field: "due", value: day.iso, reason: "is before the action was created (\(created.iso))")
    }
    dueRevisions.append(DueRevision(from: due, to: day, reason: reason, on: today))
    let change = ActionChange(field: "due", old: due.iso, new: "\(day.iso) (reason: \(reason))")
    due = day
    return change
  }

  /// Closes the action: evidence of impact is required (given here or already recorded). A
  /// closed action is rated none, so a manual rating is dropped (the change log keeps it).
  public mutating func close(by name: String, evidence: String?, on today: Day) throws(DomainError) {
    let name = name.trimmingWhitespace
    guard !name.isEmpty else {
      throw .missing(field: "by", reason: "say who signs off the closure")
    }
    if let evidence = evidence?.trimmingWhitespace, !evidence.isEmpty { evidenceOfImpact = evidence }
    try requireClosable()
    status = .closed
    closure = Closure(by: name, on: today)
    ragOverride = nil
  }

  /// Reopens a closed action, with the reason kept as a progress note.
  public mutating func reopen(reason: String, by author: String, on today: Day) throws(DomainError) {
    let reason = reason.trimmingWhitespace
    guard status == .closed else {
      throw .refused("\(id) is not closed (it is \(status.label.lowercased()))")
    }
    guard !reason.isEmpty else {
      throw .missing(field: "reason", reason: "reopening \(id) needs a reason")
    }
    status = .inProgress
    closure = nil
    progress.append(ProgressNote(on: today, author: author, text: "Reopened: \(reason)"))
  }
}

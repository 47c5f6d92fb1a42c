/// What the RAG rule reads of an action: enough to rate it and count it on a summary without its
/// text or its whole progress history (the store reads these for the home screen's tally).
public struct ActionStanding: Hashable, Sendable {
  public var status: ActionStatus
  public var due: Day
  public var confidence: Confidence
  public var ragOverride: RAG?
  public var urgent: Bool
  /// The newest progress note dated on or before the day the standing is for.
  public var latestNote: Day?

  public init(
    status: ActionStatus, due: Day, confidence: Confidence, ragOverride: RAG?, urgent: Bool, latestNote: Day?
  ) {
    self.status = status
    self.due = due
    self.confidence = confidence
    self.ragOverride = ragOverride
    self.urgent = urgent
    self.latestNote = latestNote
  }

  public var isOpen: Bool { status == .notStarted || status == .inProgress }

  public func isOverdue(today: Day) -> Bool { isOpen && due < today }

  /// The RAG rating this rule derives (shown on screen and in the README):
  /// - Red: open and past its due date, or off track.
  /// - Amber: at risk; or due within 30 days with no progress note in the last 30 days.
  /// - Green: open otherwise.
  /// - Blue: complete, awaiting evidence of impact (or its closure).
  /// - None: closed.
  public func derivedRAG(today: Day) -> RAG {
    switch status {
    case .closed: return .none
    case .complete: return .blue
    case .notStarted, .inProgress:
      if due < today || confidence == .offTrack { return .red }
      if confidence == .atRisk { return .amber }
      let recentNote = latestNote.map { $0 > today.adding(days: -30) } ?? false
      if today.days(until: due) <= 30 && !recentNote { return .amber }
      return .green
    }
  }

  /// The rating people see: the manual override where one is set, else the derived one; a closed
  /// action is rated none whatever was set by hand.
  public func rag(today: Day) -> RAG {
    status == .closed ? .none : ragOverride ?? derivedRAG(today: today)
  }
}

extension TrackerAction {
  /// The action's standing on `today`.
  public func standing(on today: Day) -> ActionStanding {
    ActionStanding(
      status: status, due: due, confidence: confidence, ragOverride: ragOverride?.rag, urgent: urgent,
      latestNote: progress.lazy.map(\.on).filter { $0 <= today }.max())
  }
}

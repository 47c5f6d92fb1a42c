import CFAGDomain

/// The home screen's tracker figures, counted once when the actions are loaded rather than on
/// every frame: open actions by RAG, overdue and urgent.
public struct TrackerTally: Hashable, Sendable {
  public var open = 0
  public var byRAG: [RAG: Int] = [:]
  public var overdue = 0
  public var urgent = 0

  public init(actions: [TrackerAction], today: Day) {
    for action in actions where action.status != .closed {
      open += 1
      byRAG[action.rag(today: today), default: 0] += 1
      if action.isOverdue(today: today) { overdue += 1 }
      if action.urgent { urgent += 1 }
    }
  }
}

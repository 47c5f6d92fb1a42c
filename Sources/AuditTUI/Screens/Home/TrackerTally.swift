import CFAGDomain

/// The home screen's tracker figures, counted once when the home data loads rather than on every
/// frame, from the actions' standings (no texts or notes): open actions by RAG, overdue and urgent.
public struct TrackerTally: Hashable, Sendable {
  public var open = 0
  public var byRAG: [RAG: Int] = [:]
  public var overdue = 0
  public var urgent = 0

  public init(standings: [ActionStanding], today: Day) {
    for action in standings where action.status != .closed {
      open += 1
      byRAG[action.rag(today: today), default: 0] += 1
      if action.isOverdue(today: today) { overdue += 1 }
      if action.urgent { urgent += 1 }
    }
  }
}

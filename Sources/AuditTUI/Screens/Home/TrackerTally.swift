import CFAGDomain

/// The home screen's tracker figures, counted once when the home data loads rather than on every
/// frame, from the actions' standings (no texts or notes): open actions by RAG, overdue and urgent.
public struct TrackerTally: Hashable, Sendable {
  public var open = 0
  /// Open actions by RAG, in `RAG.allCases` order (an array: a dictionary keyed by RAG would cost
  /// the start a look-up of RAG's hashing).
  private var ragCounts = [Int](repeating: 0, count: RAG.allCases.count)
  public var overdue = 0
  public var urgent = 0

  public init(standings: [ActionStanding], today: Day) {
    for action in standings where action.status != .closed {
      open += 1
      ragCounts[Self.index(action.rag(today: today))] += 1
      if action.isOverdue(today: today) { overdue += 1 }
      if action.urgent { urgent += 1 }
    }
  }

  /// How many open actions are `rag`.
  public func count(_ rag: RAG) -> Int { ragCounts[Self.index(rag)] }

  private static func index(_ rag: RAG) -> Int { RAG.allCases.firstIndex(of: rag) ?? 0 }
}

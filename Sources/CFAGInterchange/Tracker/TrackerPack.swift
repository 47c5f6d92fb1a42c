import CFAGDomain

/// The Learning Lessons subgroup's pack: every action with its RAG today, overdue actions first,
/// and a summary by agency and RAG. One model, written as CSV, Markdown or HTML.
public struct TrackerPack: Sendable {
  /// One action as the pack shows it.
  public struct Entry: Sendable {
    public var action: TrackerAction
    /// The owner agency's short name.
    public var agency: String
    public var rag: RAG
    public var derivedRAG: RAG
    /// Days past the due date (0 when not overdue).
    public var overdueDays: Int
  }

  /// One agency's line of the summary (or the total line).
  public struct SummaryLine: Sendable, Equatable {
    public var agency: String
    public var counts: [RAG: Int]
    public var overdue: Int

    public var total: Int { counts.values.reduce(0, +) }
    public func count(_ rag: RAG) -> Int { counts[rag] ?? 0 }
  }

  public var today: Day
  /// Whose actions: "all agencies" or an agency's name.
  public var scope: String
  /// Overdue first (most overdue first), then urgent and by due date, closed last.
  public var entries: [Entry]
  /// By agency name.
  public var summary: [SummaryLine]
  public var totals: SummaryLine

  /// - Parameter agencyNames: agency id → the short name shown.
  public init(actions: [TrackerAction], agencyNames: [String: String], today: Day, scope: String) {
    self.today = today
    self.scope = scope
    let entries = actions.map { action in
      Entry(
        action: action, agency: agencyNames[action.owner] ?? action.owner, rag: action.rag(today: today),
        derivedRAG: action.derivedRAG(today: today),
        overdueDays: action.isOverdue(today: today) ? action.due.days(until: today) : 0)
    }
    func group(_ entry: Entry) -> Int { entry.overdueDays > 0 ? 0 : entry.action.status == .closed ? 2 : 1 }
    self.entries = entries.sorted { lhs, rhs in
      group(lhs) != group(rhs) ? group(lhs) < group(rhs) : TrackerAction.listOrder(lhs.action, rhs.action)
    }
    func line(_ agency: String, _ entries: [Entry]) -> SummaryLine {
      SummaryLine(
        agency: agency, counts: Dictionary(grouping: entries, by: \.rag).mapValues(\.count),
        overdue: entries.filter { $0.overdueDays > 0 }.count)
    }
    summary = Dictionary(grouping: entries, by: \.agency).sorted { $0.key < $1.key }.map {
      line($0.key, $0.value)
    }
    totals = line("All agencies", entries)
  }

  /// Overdue actions.
  public var overdue: [Entry] { entries.filter { $0.overdueDays > 0 } }
}

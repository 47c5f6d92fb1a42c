import CFAGDomain

/// The Learning Lessons subgroup's pack: the chosen actions with their RAG today, overdue actions
/// first, and a summary by agency and RAG. One model, written as CSV, Markdown or HTML. Every free
/// text is shown through the anonymiser, so no case reference reaches the pack.
public struct TrackerPack: Sendable {
  /// One action as the pack shows it.
  public struct Entry: Sendable {
    /// The action as the pack shows it: its free text anonymised.
    public var action: TrackerAction
    /// The stored action's version, with the editable cells as shown, for the import to compare.
    public var version: TrackerVersion
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

  /// Which actions a pack holds: by status, and those with anything done on or after a day.
  public struct Selection: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
      /// Not closed (complete actions awaiting evidence included).
      case open
      case closed
      case all
    }

    public var status: Status
    /// Only actions raised, noted, revised or closed on or after this day.
    public var since: Day?

    public init(status: Status = .open, since: Day? = nil) {
      self.status = status
      self.since = since
    }

    public func includes(_ action: TrackerAction) -> Bool {
      let statusMatches =
        switch status {
        case .open: action.status != .closed
        case .closed: action.status == .closed
        case .all: true
        }
      guard statusMatches else { return false }
      guard let since else { return true }
      let days =
        [action.created] + action.progress.map(\.on) + action.dueRevisions.map(\.on)
        + (action.closure.map { [$0.on] } ?? [])
      return days.contains { $0 >= since }
    }

    /// "open actions", "closed actions with activity since 2026-04-01".
    public var words: String {
      (status == .all ? "all actions" : "\(status.rawValue) actions")
        + (since.map { " with activity since \($0.long)" } ?? "")
    }
  }

  public var today: Day
  /// Whose actions: "all agencies" or an agency's name.
  public var scope: String
  public var selection: Selection
  /// Who the pack is from and for, and its protective marking, for the Markdown and HTML.
  public var settings: DocumentSettings?
  /// Overdue first (most overdue first), then urgent and by due date, closed last.
  public var entries: [Entry]
  /// By agency name.
  public var summary: [SummaryLine]
  public var totals: SummaryLine

  /// - Parameters:
  ///   - agencyNames: agency id → the short name shown.
  ///   - anonymiser: the cases of every audit the actions link to.
  ///   - selection: which of `actions` the pack holds.
  ///   - settings: the document settings its cover and marking come from.
  public init(
    actions: [TrackerAction], agencyNames: [String: String], anonymiser: Anonymiser, today: Day,
    scope: String, selection: Selection = Selection(status: .all), settings: DocumentSettings? = nil
  ) {
    self.today = today
    self.scope = scope
    self.selection = selection
    self.settings = settings
    let entries = actions.filter(selection.includes).map { action in
      let shown = anonymiser.scrubbed(action)
      return Entry(
        action: shown, version: TrackerVersion(stored: action, shown: shown),
        agency: agencyNames[action.owner] ?? action.owner, rag: action.rag(today: today),
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

import CFAGDomain
import CFAGStore
import TUIKit

/// The home screen: the audit list and its selection, or, while `/` has a query, what it found
/// across audits, cases, findings, recommendations and actions.
public struct HomeState {
  public var list = ListState()
  public private(set) var query = ""
  /// What `/` searches, loaded when it opens and kept while nothing changes.
  public private(set) var index: SearchIndex?
  /// The change log head the index was read at.
  public private(set) var indexHead: LogSequence?
  /// What the query finds, searched once per change of query or index.
  public private(set) var results = SearchResults()
  /// What each shorter query on the way to this one found (typing on narrows the last one;
  /// deleting back finds its query's results here).
  private var trail: [SearchResults] = []

  public init() {}

  /// Whether the list shows search results rather than the audits.
  var isSearching: Bool { !query.trimmingWhitespace.isEmpty }

  /// Searches again for `query` in the index at hand.
  mutating func search(_ query: String) {
    self.query = query
    guard let index else {
      results = SearchResults()
      return
    }
    trail.removeAll { !query.hasPrefix($0.query) }
    if let found = trail.last, found.query == query {
      results = found
      return
    }
    results = index.search(query, narrowing: trail.last)
    trail.append(results)
  }

  /// Takes in the index read at `head`, and searches it for the query.
  mutating func searchLoaded(_ index: SearchIndex, head: LogSequence) {
    self.index = index
    indexHead = head
    trail = []
    search(query)
  }

  /// How many rows the list has now.
  func rowCount(_ summaries: [AuditSummary]) -> Int {
    isSearching ? results.count : summaries.count
  }
}

/// What the home screen does.
public enum HomeAction: Sendable {
  case move(ListMove)
  case open
  case newAudit
  case meeting
  case search
  case searchLoaded(SearchIndex, head: LogSequence)
  case filter(String)
  case reload
  case loadDemo
}

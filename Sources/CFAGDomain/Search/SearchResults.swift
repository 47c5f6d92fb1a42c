/// What a query found, in the order listed: positions in the index's entries, so a search over
/// thousands of entries copies none of them.
public struct SearchResults: RandomAccessCollection, Sendable {
  private let entries: [SearchEntry]
  /// The query searched for.
  public let query: String
  let positions: [Int]

  /// Nothing found.
  public init() {
    self.init(entries: [], query: "", positions: [])
  }

  init(entries: [SearchEntry], query: String, positions: [Int]) {
    self.entries = entries
    self.query = query
    self.positions = positions
  }

  public var startIndex: Int { positions.startIndex }
  public var endIndex: Int { positions.endIndex }
  public subscript(position: Int) -> SearchEntry { entries[positions[position]] }

  /// Whether everything `longer` finds is among these: it extends this query, which had words to
  /// match and a reference key (without one no case was looked at, and the longer one may have one).
  func narrows(to longer: String) -> Bool {
    longer.hasPrefix(query) && !query.allSatisfy(\.isWhitespace) && !ReferenceMatcher.key(of: query).isEmpty
  }
}

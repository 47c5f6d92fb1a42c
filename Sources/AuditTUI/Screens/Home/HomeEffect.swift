import CFAGDomain
import CFAGStore

/// The home screen's reads.
public enum HomeEffect: Sendable {
  /// Loads what `/` searches, unless the index at hand was read at the change log's head (nothing
  /// has changed since, so it is still true).
  case loadSearch(have: LogSequence?)

  func run(_ workbench: Workbench) throws -> [AppMessage] {
    switch self {
    case .loadSearch(let have):
      let head = try workbench.head()
      guard head != have else { return [] }
      return [.home(.searchLoaded(try workbench.searchIndex(), head: head))]
    }
  }
}

import CFAGDomain
import CFAGStore

/// The home screen's reads.
public enum HomeEffect: Sendable {
  /// Loads what `/` searches.
  case loadSearch

  func run(_ workbench: Workbench) throws -> [AppMessage] {
    switch self {
    case .loadSearch: [.home(.searchLoaded(try workbench.searchIndex()))]
    }
  }
}

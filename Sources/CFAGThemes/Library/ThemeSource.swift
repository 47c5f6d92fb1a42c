import Foundation

/// Where a themes folder comes from, from least to most specific.
public enum ThemeSource: String, Hashable, Sendable, Comparable, CaseIterable {
  /// Shipped with the installed program (see `ThemeSearchPath`).
  case bundled
  /// `./Themes` when the program runs from the repository.
  case repository
  /// The partnership's own themes (`$XDG_DATA_HOME/cfag/themes`).
  case partnership
  /// Named by `--themes DIR` or `$CFAG_THEMES`: the only folder used.
  case explicit

  /// "bundled", "repository", "partnership" or "chosen folder", for `cfag themes list`.
  public var label: String {
    switch self {
    case .bundled: "bundled"
    case .repository: "repository"
    case .partnership: "partnership"
    case .explicit: "chosen folder"
    }
  }

  private var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (lhs: ThemeSource, rhs: ThemeSource) -> Bool { lhs.rank < rhs.rank }
}

/// One folder searched for theme files.
public struct ThemeFolder: Hashable, Sendable {
  public var url: URL
  public var source: ThemeSource

  public init(url: URL, source: ThemeSource) {
    self.url = url
    self.source = source
  }
}

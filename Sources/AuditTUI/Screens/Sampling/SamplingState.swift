import CFAGDomain
import CFAGStore
import TUIKit

/// Drawing an audit's cases: the eligible pool with its size, the draw (seed shown), its record,
/// and replacing a case with a reserve.
public struct SamplingState {
  public var auditID: AuditID
  public var pane: SamplingPane = .cases
  public var cases = ListState()
  public var poolList = ListState()
  /// The candidates the theme admits today; nil until loaded.
  public var pool: [CandidateCase]?

  public init(auditID: AuditID) {
    self.auditID = auditID
  }
}

public enum SamplingPane: Sendable {
  case cases, pool
}

/// What the sampling screen does.
public enum SamplingAction: Sendable {
  case move(ListMove)
  case nextPane
  case loadedPool([CandidateCase])
  case askDraw
  /// The draw form's values: cases, reserves, seed, stratify.
  case draw(FormValues?, force: Bool)
  case askReplace
  case replace(reference: String, reason: String)
  case showRecord
}

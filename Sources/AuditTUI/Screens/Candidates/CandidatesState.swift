import CFAGDomain
import TUIKit

/// The candidate list the random draw picks from: importing the case system's CSV export, the
/// rows an import refused, and clearing the list once the draw is done.
public struct CandidatesState {
  /// The audit the person came from, if any (the next step, sampling, needs it).
  public var auditID: AuditID?
  public var list = ListState()
  /// Nil until loaded.
  public var candidates: [CandidateCase]?
  /// The last import, when it was refused.
  public var rejected: RejectedImport?
  /// The file last imported or tried, to offer again.
  public var lastPath = ""

  public init(auditID: AuditID? = nil) {
    self.auditID = auditID
  }
}

/// An import that stored nothing, with every problem by line.
public struct RejectedImport: Sendable, Equatable {
  public var path: String
  /// `file:line: field: problem`, as the reader wrote them.
  public var problems: [String]
  /// Columns already left out in that attempt.
  public var dropped: [String]
  /// Columns refused as personal data: `d` leaves them out and imports again.
  public var refusedColumns: [String]

  public init(path: String, problems: [String], dropped: [String]) {
    self.path = path
    self.problems = problems
    self.dropped = dropped
    self.refusedColumns = problems.compactMap(Self.refusedColumn)
  }

  /// The column a "looks like it holds ..." problem names.
  static func refusedColumn(_ problem: String) -> String? {
    guard let start = problem.range(of: "column \""),
      let end = problem.range(of: "\": looks like it holds", range: start.upperBound..<problem.endIndex)
    else { return nil }
    return String(problem[start.upperBound..<end.lowerBound])
  }
}

/// What the candidates screen does.
public enum CandidatesAction: Sendable {
  case move(ListMove)
  case askImport
  case importFile(String)
  case loaded([CandidateCase])
  case imported(String)
  case rejected(RejectedImport)
  case askDrop
  case dropAndImport
  case askClear
  case clear(keepSampled: Bool)
}

/// What an audit's stage is derived from, so a full record and a one-line summary query derive it
/// by the same rule. Only sign-off is an explicit step; the rest follows from the work done.
public struct StageFacts: Hashable, Sendable {
  public var signedOff: Bool
  /// Whether any case was ever in the audit, reserves, replaced and removed ones included.
  public var hasCases: Bool
  /// The cases the panel looks at.
  public var included: Int
  /// Included cases with the panel's grade.
  public var graded: Int
  /// Whether any agency's return (draft or final) is recorded.
  public var hasReturns: Bool
  /// Whether a random draw was recorded.
  public var sampled: Bool

  public init(signedOff: Bool, hasCases: Bool, included: Int, graded: Int, hasReturns: Bool, sampled: Bool) {
    self.signedOff = signedOff
    self.hasCases = hasCases
    self.included = included
    self.graded = graded
    self.hasReturns = hasReturns
    self.sampled = sampled
  }

  public init(_ record: AuditRecord) {
    let distribution = record.distribution
    self.init(
      signedOff: record.audit.signOff != nil, hasCases: !record.cases.isEmpty, included: distribution.cases,
      graded: distribution.graded, hasReturns: !record.returns.isEmpty, sampled: record.audit.sample != nil)
  }

  public var stage: Stage {
    if signedOff { return .signedOff }
    if included > 0 && graded == included { return .reporting }
    if graded > 0 { return .panel }
    if hasReturns { return .agencyReturns }
    if hasCases || sampled { return .sampling }
    return .planning
  }
}

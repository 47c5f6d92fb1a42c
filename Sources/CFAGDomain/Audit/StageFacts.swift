/// The counts an audit's stage is derived from, so a full record and a one-line summary query
/// derive it by the same rule. Only sign-off is an explicit step; the rest follows from the work done.
public struct StageFacts: Hashable, Sendable {
  public var signedOff: Bool
  /// Every case ever in the audit, reserves, replaced and removed ones included.
  public var cases: Int
  /// The cases the panel looks at.
  public var included: Int
  /// Included cases with the panel's grade.
  public var graded: Int
  public var returns: Int
  /// Whether a random draw was recorded.
  public var sampled: Bool

  public init(signedOff: Bool, cases: Int, included: Int, graded: Int, returns: Int, sampled: Bool) {
    self.signedOff = signedOff
    self.cases = cases
    self.included = included
    self.graded = graded
    self.returns = returns
    self.sampled = sampled
  }

  public init(_ record: AuditRecord) {
    let distribution = record.distribution
    self.init(
      signedOff: record.audit.signOff != nil, cases: record.cases.count, included: distribution.cases,
      graded: distribution.graded, returns: record.returns.count, sampled: record.audit.sample != nil)
  }

  public var stage: Stage {
    if signedOff { return .signedOff }
    if included > 0 && graded == included { return .reporting }
    if graded > 0 { return .panel }
    if returns > 0 { return .agencyReturns }
    if cases > 0 || sampled { return .sampling }
    return .planning
  }
}

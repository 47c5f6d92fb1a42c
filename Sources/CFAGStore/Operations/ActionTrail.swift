import CFAGDomain

/// An action with the learning behind it: the audit, the recommendation, its findings and the
/// cases they came from (or the one case an escalation came from).
public struct ActionTrail: Sendable {
  /// One case on the trail, with the panel's grade and the findings it carries.
  public struct TrailCase: Hashable, Sendable {
    public var reference: CaseReference
    /// "Case A" as the report names it.
    public var label: String
    public var grade: Grade?
    public var escalated: Bool
    public var findings: [FindingTag]
  }

  public var action: TrackerAction
  /// The owner agency's name.
  public var ownerName: String
  public var audit: AuditSummary?
  public var recommendation: Recommendation?
  /// The findings that led to the action.
  public var findings: [FindingTag]
  public var cases: [TrailCase]
}

extension Workbench {
  /// An action with its whole trail back to the cases.
  public func actionTrail(_ id: ActionID) throws -> ActionTrail {
    let action = try action(id)
    let ownerName = (try? agencyDirectory().agencies.first { $0.id == action.owner }?.name) ?? action.owner
    guard let auditID = action.source.auditID else {
      return ActionTrail(
        action: action, ownerName: ownerName, audit: nil, recommendation: nil, findings: [], cases: [])
    }
    let record = try record(auditID)
    let summary = try auditSummaries().first { $0.id == auditID }
    let labels = record.caseLabels
    func trailCase(_ reference: CaseReference) -> ActionTrail.TrailCase {
      let assessment = record.assessment(for: reference)
      return ActionTrail.TrailCase(
        reference: reference, label: labels[reference] ?? reference.value, grade: assessment?.overall,
        escalated: assessment?.escalated ?? false, findings: assessment?.findings ?? [])
    }
    switch action.source {
    case .recommendation(let recommendationID, _):
      let recommendation = record.recommendations.first { $0.id == recommendationID }
      let findings = recommendation?.findings ?? []
      let references = record.findingCounts.filter { findings.contains($0.tag) }.flatMap(\.cases)
      return ActionTrail(
        action: action, ownerName: ownerName, audit: summary, recommendation: recommendation,
        findings: findings,
        cases: Array(Set(references)).sorted().map(trailCase))
    case .escalation(_, let reference), .auditCase(_, .some(let reference)):
      let trail = trailCase(reference)
      return ActionTrail(
        action: action, ownerName: ownerName, audit: summary, recommendation: nil, findings: trail.findings,
        cases: [trail])
    case .auditCase(_, .none), .other:
      return ActionTrail(
        action: action, ownerName: ownerName, audit: summary, recommendation: nil, findings: [], cases: [])
    }
  }
}

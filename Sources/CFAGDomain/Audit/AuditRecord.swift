/// Everything recorded for one audit: the value the reports, screens and checks work from.
public struct AuditRecord: Hashable, Sendable, Codable {
  public var audit: Audit
  /// All cases ever in the audit, including reserves, replaced and removed ones, in draw order.
  public var cases: [AuditCase]
  public var returns: [AgencyReturn]
  public var assessments: [PanelAssessment]
  public var recommendations: [Recommendation]

  public init(
    audit: Audit, cases: [AuditCase] = [], returns: [AgencyReturn] = [],
    assessments: [PanelAssessment] = [], recommendations: [Recommendation] = []
  ) {
    self.audit = audit
    self.cases = cases
    self.returns = returns
    self.assessments = assessments
    self.recommendations = recommendations
  }

  /// The cases the panel looks at.
  public var includedCases: [AuditCase] { cases.filter(\.isIncluded) }

  public func assessment(for reference: CaseReference) -> PanelAssessment? {
    assessments.first { $0.reference == reference }
  }

  public func returns(for reference: CaseReference) -> [AgencyReturn] {
    returns.filter { $0.reference == reference }
  }

  /// The panel's grades of the included cases.
  public var distribution: GradeDistribution {
    let included = Set(includedCases.map(\.reference))
    return GradeDistribution(
      grades: assessments.filter { included.contains($0.reference) }.map(\.overall),
      cases: included.count)
  }

  /// The stage, derived from the work done (see `StageFacts`).
  public var stage: Stage { StageFacts(self).stage }

  /// Findings with the cases they came from, most frequent first, then by tag.
  public var findingCounts: [FindingCount] {
    var byTag: [FindingTag: [CaseReference]] = [:]
    let included = Set(includedCases.map(\.reference))
    for assessment in assessments where included.contains(assessment.reference) {
      // A tag given twice counts once: an assessment has a few tags, so the earlier ones are
      // searched rather than put in a set.
      let tags = assessment.findings
      for (index, tag) in tags.enumerated() where !tags[..<index].contains(tag) {
        byTag[tag, default: []].append(assessment.reference)
      }
    }
    return byTag.map { FindingCount(tag: $0.key, cases: $0.value.sorted()) }
      .sorted { ($0.cases.count, $1.tag) > ($1.cases.count, $0.tag) }
  }

  /// Report labels for the included cases: "Case A", "Case B", ... in order of inclusion.
  public var caseLabels: [CaseReference: String] {
    var labels: [CaseReference: String] = [:]
    for (index, auditCase) in includedCases.enumerated() {
      labels[auditCase.reference] = "Case " + Self.letters(index)
    }
    return labels
  }

  static func letters(_ index: Int) -> String {
    let letter = String(Unicode.Scalar(UInt8(ascii: "A") + UInt8(index % 26)))
    return index < 26 ? letter : letters(index / 26 - 1) + letter
  }
}

/// The audit's life cycle stage.
public enum Stage: String, Hashable, Sendable, Codable, CaseIterable {
  case planning
  case sampling
  case agencyReturns = "agency-returns"
  case panel
  case reporting
  case signedOff = "signed-off"

  public var label: String {
    switch self {
    case .planning: "Planning"
    case .sampling: "Sampling"
    case .agencyReturns: "Agency returns"
    case .panel: "Panel"
    case .reporting: "Reporting"
    case .signedOff: "Signed off"
    }
  }
}

/// A finding tag and the cases it was raised on.
public struct FindingCount: Hashable, Sendable, Codable {
  public var tag: FindingTag
  public var cases: [CaseReference]

  public init(tag: FindingTag, cases: [CaseReference]) {
    self.tag = tag
    self.cases = cases
  }
}

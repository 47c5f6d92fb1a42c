/// The panel's multi-agency judgement of one case.
public struct PanelAssessment: Hashable, Sendable, Codable {
  public var reference: CaseReference
  public var overall: Grade
  /// Why: required, because a grade without its reasons cannot be scrutinised.
  public var rationale: String
  /// Per domain id; a domain may be not applicable.
  public var domainGrades: [String: DomainJudgement]
  public var findings: [FindingTag]
  public var goodPractice: String
  public var voiceOfChild: String
  public var escalated: Bool

  public init(
    reference: CaseReference, overall: Grade, rationale: String,
    domainGrades: [String: DomainJudgement] = [:], findings: [FindingTag] = [],
    goodPractice: String = "", voiceOfChild: String = "", escalated: Bool = false
  ) {
    self.reference = reference
    self.overall = overall
    self.rationale = rationale
    self.domainGrades = domainGrades
    self.findings = findings
    self.goodPractice = goodPractice
    self.voiceOfChild = voiceOfChild
    self.escalated = escalated
  }

  /// Checks the assessment against the audit's theme.
  public func validate(against theme: Theme) throws(DomainError) {
    guard !rationale.trimmingWhitespace.isEmpty else {
      throw .missing(field: "rationale", reason: "a grade needs a written rationale")
    }
    for id in domainGrades.keys.sorted() where theme.domain(id) == nil {
      throw .invalid(
        field: "domain", value: id,
        reason:
          "is not a domain of theme \(theme.id) (domains: \(theme.domains.map(\.id).joined(separator: ", ")))"
      )
    }
  }
}

/// A short tag naming a finding, e.g. `escalation-policy-not-used`. Tags are compared in their
/// normal form (lower case, words joined by hyphens), so "Escalation policy not used" is the same.
public struct FindingTag: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let value: String

  public init(validating text: String) throws(DomainError) {
    let normal = Agency.slug(text)
    guard !normal.isEmpty else { throw .invalid(field: "finding", value: text, reason: "is empty") }
    guard normal.count <= 60 else {
      throw .invalid(field: "finding", value: text, reason: "is longer than 60 characters; keep tags short")
    }
    value = normal
  }

  public init(trusted value: String) { self.value = value }

  public var description: String { value }

  /// The tag in words: "escalation policy not used".
  public var words: String { value.split(separator: "-").joined(separator: " ") }

  public static func < (lhs: FindingTag, rhs: FindingTag) -> Bool { lhs.value < rhs.value }

  public init(from decoder: any Decoder) throws {
    value = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }
}

/// A recommendation of the group, traced to the findings behind it.
public struct Recommendation: Hashable, Sendable, Codable, Identifiable {
  /// e.g. `R-7`.
  public var id: RecommendationID
  public var auditID: AuditID
  public var text: String
  public var findings: [FindingTag]

  public init(id: RecommendationID, auditID: AuditID, text: String, findings: [FindingTag]) {
    self.id = id
    self.auditID = auditID
    self.text = text
    self.findings = findings
  }

  public static func validate(text: String) throws(DomainError) {
    guard !text.trimmingWhitespace.isEmpty else {
      throw .missing(field: "text", reason: "a recommendation needs its text")
    }
  }
}

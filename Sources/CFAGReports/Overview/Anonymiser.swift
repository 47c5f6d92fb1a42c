import CFAGDomain

/// Replaces every case reference in free text, in any form it was typed ("mc-1002", "MC 1002"),
/// with the case's report label, so a reference never reaches a report.
struct Anonymiser {
  private let matcher: ReferenceMatcher
  private let labels: [CaseReference: String]

  init(cases: [AuditCase], labels: [CaseReference: String]) {
    matcher = ReferenceMatcher(cases.map(\.reference))
    self.labels = labels
  }

  func scrub(_ text: String) -> String {
    matcher.replacing(in: text) { labels[$0] ?? "[a case not in the audit]" }
  }
}

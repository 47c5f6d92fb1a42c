import CFAGDomain

/// Replaces every case reference in free text with the case's report label, so a reference typed
/// into a rationale or an action never reaches a report.
struct Anonymiser {
  private let replacements: [(String, String)]

  init(cases: [AuditCase], labels: [CaseReference: String]) {
    replacements = cases.map { ($0.reference.value, labels[$0.reference] ?? "[a case not in the audit]") }
      .sorted { $0.0.count > $1.0.count }
  }

  func scrub(_ text: String) -> String {
    replacements.reduce(text) { text, pair in
      text.replacing(pair.0, with: pair.1)
    }
  }
}

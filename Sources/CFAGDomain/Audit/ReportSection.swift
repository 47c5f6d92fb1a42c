/// A narrative section of an audit's overview report, written by the business manager:
/// `purpose`, `summary`, `conclusion`, or `theme:<finding tag>` for a key theme's paragraph.
public enum ReportSection: Hashable, Sendable, CustomStringConvertible {
  case purpose
  case summary
  case conclusion
  case theme(FindingTag)

  /// Parses `purpose`, `summary`, `conclusion` or `theme:<tag>` (the tag in any spelling).
  public init(parsing text: String) throws(DomainError) {
    let trimmed = text.trimmingWhitespace
    switch trimmed.lowercased() {
    case "purpose": self = .purpose
    case "summary": self = .summary
    case "conclusion": self = .conclusion
    default:
      guard trimmed.lowercased().hasPrefix("theme:") else {
        throw .invalid(field: "section", value: text, reason: "is not a report section (\(Self.accepted))")
      }
      self = .theme(try FindingTag(validating: String(trimmed.dropFirst("theme:".count))))
    }
  }

  /// The stored key: `purpose`, `summary`, `conclusion`, `theme:escalation-policy-not-used`.
  public var key: String {
    switch self {
    case .purpose: "purpose"
    case .summary: "summary"
    case .conclusion: "conclusion"
    case .theme(let tag): "theme:\(tag.value)"
    }
  }

  public var description: String { key }

  public static let accepted = "purpose, summary, conclusion, theme:<finding tag>"
}

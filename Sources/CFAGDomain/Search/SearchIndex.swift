/// Everything `/` can find from the home screen: audits, case references, findings,
/// recommendations and tracker actions, built from the records so it is searched without the
/// database.
public struct SearchIndex: Hashable, Sendable {
  public private(set) var entries: [SearchEntry]

  /// The entries of every audit (newest first, as given) and every action.
  public init(records: [AuditRecord], actions: [TrackerAction]) {
    var entries: [SearchEntry] = []
    for record in records {
      let audit = record.audit
      entries.append(
        SearchEntry(
          target: .audit(audit.id), title: "\(audit.id) \(audit.title)",
          detail: "\(audit.theme.title) · meeting \(audit.meetingDate.iso)",
          text: "\(audit.theme.id) \(audit.theme.title)"))
      let labels = record.caseLabels
      for auditCase in record.cases {
        let grade = record.assessment(for: auditCase.reference)?.overall
        let place =
          labels[auditCase.reference].map { "\($0) of \(audit.id)" }
          ?? (auditCase.status == .reserve ? "reserve of \(audit.id)" : "\(audit.id), taken out of the audit")
        entries.append(
          SearchEntry(
            target: .auditCase(audit.id, auditCase.reference, included: auditCase.isIncluded),
            title: auditCase.reference.value,
            detail: "\(place) · \(grade?.label.lowercased() ?? "not graded")", text: ""))
      }
      for (position, count) in record.findingCounts.enumerated() {
        entries.append(
          SearchEntry(
            target: .finding(audit.id, count.tag, position: position), title: count.tag.words,
            detail: "finding of \(audit.id) · \(count.cases.count) case\(count.cases.count == 1 ? "" : "s")",
            text: count.tag.value))
      }
      for (position, recommendation) in record.recommendations.enumerated() {
        entries.append(
          SearchEntry(
            target: .recommendation(audit.id, recommendation.id, position: position),
            title: "\(recommendation.id) \(recommendation.text)", detail: "recommendation of \(audit.id)",
            text: recommendation.findings.map(\.words).joined(separator: " ")))
      }
    }
    for action in actions {
      entries.append(
        SearchEntry(
          target: .action(action.id), title: "\(action.id) \(action.text)",
          detail: "action · \(action.status.label) · lead \(action.lead) · from \(action.source.label)",
          text: action.owner))
    }
    self.entries = entries
  }

  /// The entries matching `query`, cases first, then audits, findings, recommendations and
  /// actions. A case matches by its reference in any spelling ("mc 2004", "MC2004", "mc-2004");
  /// anything else when every word of the query is in its words.
  public func search(_ query: String) -> [SearchEntry] {
    let words = query.split(whereSeparator: \.isWhitespace).map { FoldedText(String($0)) }
    let key = FoldedText(ReferenceMatcher.key(of: query))
    guard !words.isEmpty else { return [] }
    let found = entries.filter { entry in
      if case .auditCase = entry.target { return !key.bytes.isEmpty && entry.matchText.contains(key) }
      return words.allSatisfy(entry.matchText.contains)
    }
    return found.enumerated().sorted {
      ($0.element.target.rank, $0.offset) < ($1.element.target.rank, $1.offset)
    }.map(\.element)
  }
}

/// One thing found: what it opens, and how it is listed.
public struct SearchEntry: Hashable, Sendable {
  /// What Enter on the entry opens.
  public enum Target: Hashable, Sendable {
    case audit(AuditID)
    /// A case of an audit, and whether it is in the audit now.
    case auditCase(AuditID, CaseReference, included: Bool)
    /// A finding tag, at its place in the audit's findings.
    case finding(AuditID, FindingTag, position: Int)
    /// A recommendation, at its place in the audit's list.
    case recommendation(AuditID, RecommendationID, position: Int)
    case action(ActionID)

    /// "Case", "Audit", ...: the kind, as the results list names it.
    public var kind: String {
      switch self {
      case .audit: "Audit"
      case .auditCase: "Case"
      case .finding: "Finding"
      case .recommendation: "Recommendation"
      case .action: "Action"
      }
    }

    var rank: Int {
      switch self {
      case .auditCase: 0
      case .audit: 1
      case .finding: 2
      case .recommendation: 3
      case .action: 4
      }
    }
  }

  public let target: Target
  /// The line listed: an id and its words.
  public let title: String
  /// Where it belongs and its state, listed beside the title.
  public let detail: String
  /// More words to match that are not listed (a theme's id, a finding's linked tags).
  public let text: String
  /// What a query is matched against, worked out once when the index is built: a case's
  /// reference key, else the title, detail and text in lower case.
  let matchText: FoldedText

  init(target: Target, title: String, detail: String, text: String) {
    self.target = target
    self.title = title
    self.detail = detail
    self.text = text
    if case .auditCase(_, let reference, _) = target {
      matchText = FoldedText(ReferenceMatcher.key(of: reference.value))
    } else {
      matchText = FoldedText("\(title) \(detail) \(text)")
    }
  }
}

/// Everything `/` can find from the home screen: audits, case references, findings,
/// recommendations and tracker actions, built from the records so it is searched without the
/// database.
public struct SearchIndex: Hashable, Sendable {
  public private(set) var entries: [SearchEntry]
  /// Every entry's words folded for matching, end to end: entry `i`'s are `folded[bounds[i]..<bounds[i + 1]]`.
  /// One buffer searched in place, so a key copies nothing and counts no references.
  private let folded: [UInt8]
  private let bounds: [Int]
  /// Each entry's place in the order found things are listed (`SearchEntry.Target.rank`).
  private let ranks: [Int]

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
    var folded: [UInt8] = []
    var bounds = [0]
    for entry in entries {
      folded += entry.matchText.bytes
      bounds.append(folded.count)
    }
    self.folded = folded
    self.bounds = bounds
    ranks = entries.map(\.target.rank)
  }

  /// The entries matching `query`, cases first, then audits, findings, recommendations and
  /// actions. A case matches by its reference in any spelling ("mc 2004", "MC2004", "mc-2004");
  /// anything else when every word of the query is in its words.
  ///
  /// `earlier`, what this index found for a query that `query` extends (typing on), is searched
  /// instead of every entry: whatever matches the longer query matched the shorter one.
  public func search(_ query: String, narrowing earlier: SearchResults? = nil) -> SearchResults {
    let words = query.split(whereSeparator: \.isWhitespace).map { FoldedText(String($0)) }
    let key = FoldedText(ReferenceMatcher.key(of: query))
    guard !words.isEmpty else { return SearchResults() }
    let matches: (Int, UnsafeBufferPointer<UInt8>) -> Bool = { position, all in
      let text = UnsafeBufferPointer(rebasing: all[bounds[position]..<bounds[position + 1]])
      return ranks[position] == SearchEntry.Target.caseRank
        ? !key.bytes.isEmpty && key.occurs(in: text) : words.allSatisfy { $0.occurs(in: text) }
    }
    return folded.withUnsafeBufferPointer { all in
      if let earlier, earlier.narrows(to: query) {
        // Already in the order listed; what is left keeps it.
        return SearchResults(
          entries: entries, query: query, positions: earlier.positions.filter { matches($0, all) })
      }
      // One pass, each match's position put with its kind's: the entries themselves are not copied.
      var byRank = Array(repeating: [Int](), count: SearchEntry.Target.ranks)
      for position in entries.indices where matches(position, all) {
        byRank[ranks[position]].append(position)
      }
      return SearchResults(entries: entries, query: query, positions: Array(byRank.joined()))
    }
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

    /// How many ranks there are: cases, audits, findings, recommendations and actions.
    static let ranks = 5
    /// Cases come first, matched by their reference key alone.
    static let caseRank = 0

    var rank: Int {
      switch self {
      case .auditCase: Self.caseRank
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
  /// What a query is matched against: a case's reference key, else the title, detail and text,
  /// folded (worked out once, when the index is built).
  var matchText: FoldedText {
    if case .auditCase(_, let reference, _) = target {
      FoldedText(ReferenceMatcher.key(of: reference.value))
    } else {
      FoldedText("\(title) \(detail) \(text)")
    }
  }

  init(target: Target, title: String, detail: String, text: String) {
    self.target = target
    self.title = title
    self.detail = detail
    self.text = text
  }
}

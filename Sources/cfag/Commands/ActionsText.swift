import CFAGDomain
import CFAGStore

/// `cfag actions list` and `show` for people.
enum ActionsText {
  /// `red`, or `green (manual; derived red)` where set by hand.
  static func rag(_ action: TrackerAction, today: Day) -> String {
    let derived = action.derivedRAG(today: today)
    guard let override = action.manualRAG else { return derived.rawValue }
    return "\(override.rag.rawValue) (manual; derived \(derived.rawValue))"
  }

  static func clipped(_ text: String, to width: Int) -> String {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }

  static func render(_ trail: ActionTrail, today: Day) -> String {
    let action = trail.action
    var lines = [
      "\(action.id)" + (action.urgent ? "  URGENT (escalation)" : "")
        + (action.reaudit ? "  re-audit requested" : ""),
      "Action:    \(action.text)",
      "Owner:     \(trail.ownerName); lead \(action.lead)",
      "Source:    \(action.source.label)",
      "Created:   \(action.created.iso)   Due: \(action.due.iso)"
        + (action.isOverdue(today: today) ? " (\(action.due.days(until: today)) days overdue)" : ""),
      "Status:    \(action.status.label); \(action.confidence.label.lowercased())",
      "RAG:       \(action.rag(today: today).label)"
        + (action.manualRAG.map {
          " (set by hand: \($0.reason); derived \(action.derivedRAG(today: today).label))"
        }
          ?? " (derived)"),
    ]
    if !action.evidenceOfImpact.isEmpty { lines.append("Evidence:  \(action.evidenceOfImpact)") }
    if let closure = action.closure { lines.append("Closed:    by \(closure.by) on \(closure.on.iso)") }
    for revision in action.dueRevisions {
      lines.append(
        "Due revised on \(revision.on.iso): \(revision.from.iso) → \(revision.to.iso) (\(revision.reason))")
    }
    lines += trailLines(trail)
    lines += ["", "Progress:"]
    lines +=
      action.progress.isEmpty
      ? ["  (none yet)"] : action.progress.map { "  \($0.on.iso)  \($0.author): \($0.text)" }
    if action.isOpen && !action.urgent && !action.smartWarnings.isEmpty {
      lines += ["", "SMART check:"] + action.smartWarnings.map { "  \($0)" }
    }
    return lines.joined(separator: "\n")
  }

  static func trailLines(_ trail: ActionTrail) -> [String] {
    guard let audit = trail.audit else { return [] }
    var lines = ["", "Trail:", "  Audit \(audit.id): \(audit.title) (\(audit.stage.label))"]
    if let recommendation = trail.recommendation {
      lines.append("  Recommendation \(recommendation.id): \(recommendation.text)")
    }
    if !trail.findings.isEmpty {
      lines.append("  Findings: \(trail.findings.map(\.value).joined(separator: ", "))")
    }
    for item in trail.cases {
      let grade = item.grade.map { $0.label.lowercased() } ?? "not graded"
      lines.append(
        "  \(item.label) (\(item.reference.value)): \(grade)" + (item.escalated ? ", escalated" : "")
          + (item.findings.isEmpty ? "" : "; findings: \(item.findings.map(\.value).joined(separator: ", "))")
      )
    }
    return lines
  }
}

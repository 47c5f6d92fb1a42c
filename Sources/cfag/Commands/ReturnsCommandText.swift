import CFAGDomain
import CFAGInterchange
import CFAGStore

/// `cfag returns status` and `cfag returns import` for people.
enum ReturnsText {
  static func status(_ status: ReturnStatus) -> String {
    var lines: [String] = []
    let overdue = status.agencies.filter(\.overdue).count
    let deadline =
      status.due.map { due in
        status.today > due
          ? "due \(due.iso), \(due.days(until: status.today)) days ago" : "due \(due.iso)"
      } ?? "no deadline set (cfag audit edit \(status.auditID) --returns-due DATE)"
    lines.append(
      "Returns for \(status.auditID): \(deadline)"
        + (overdue > 0 ? "; \(overdue) \(overdue == 1 ? "agency" : "agencies") overdue" : ""))
    guard !status.cases.isEmpty else {
      return (lines + ["No cases in the audit yet."]).joined(separator: "\n")
    }
    guard !status.agencies.isEmpty else {
      return
        (lines + ["No panel agencies and no returns yet (cfag audit edit \(status.auditID) --agency NAME)."])
        .joined(separator: "\n")
    }
    let rows = status.agencies.map { row in
      [row.agency.shortName, state(row), row.sent.map { "sent \($0.iso)" } ?? "not sent"]
        + row.states.map(label)
    }
    lines.append(
      TextTable.render(header: ["AGENCY", "STATE", "TEMPLATE"] + status.cases.map(\.value), rows: rows))
    var drafts: [String] = []
    for row in status.agencies {
      for (reference, state) in zip(status.cases, row.states) {
        guard case .draft(let missing) = state else { continue }
        drafts.append(
          "  \(row.agency.shortName), \(reference): missing \(missing.map(\.label).joined(separator: ", "))")
      }
    }
    if !drafts.isEmpty { lines += ["Drafts (left out of the figures until complete):"] + drafts }
    return lines.joined(separator: "\n")
  }

  /// An agency's row in a word: overdue, complete, drafts or waiting.
  static func state(_ row: ReturnStatus.AgencyRow) -> String {
    if row.overdue { return "OVERDUE" }
    if row.isComplete { return "complete" }
    return row.drafts > 0 ? "draft (\(row.drafts))" : "waiting"
  }

  static func label(_ state: ReturnStatus.State) -> String {
    switch state {
    case .returned: "returned"
    case .draft(let missing): "draft (\(missing.count) missing)"
    case .notInvolved: "not involved"
    case .notKnown: "not involved (candidate list)"
    case .missing: "missing"
    }
  }

  /// What an import stored (or would store): the changes field by field, the drafts, then a summary.
  static func imported(_ summary: ReturnImportSummary, auditID: AuditID) -> [String] {
    var lines: [String] = []
    for change in summary.changes {
      lines.append("  \(change.reference) \(change.item): \(quoted(change.old)) → \(quoted(change.new))")
    }
    if !lines.isEmpty { lines.insert("Changes to returns already stored:", at: 0) }
    for draft in summary.drafts {
      lines.append(
        "  \(draft.reference) is a draft; missing: \(draft.missing.map(\.label).joined(separator: ", "))")
    }
    let count = { (n: Int) in "\(n) case\(n == 1 ? "" : "s")" }
    var message =
      (summary.dryRun ? "dry run, nothing stored: would import" : "imported")
      + " the \(summary.agency.name) return for \(auditID): \(count(summary.added.count)) added, "
      + "\(summary.replaced.count) replaced"
    if !summary.drafts.isEmpty { message += ", \(summary.drafts.count) of them draft" }
    if !summary.blank.isEmpty {
      message +=
        "; left blank in the file, so as they were: \(summary.blank.map(\.value).joined(separator: ", "))"
    }
    return lines + [message]
  }

  static func quoted(_ text: String) -> String {
    guard !text.isEmpty else { return "(blank)" }
    let line = text.map { $0.isNewline ? " " : $0 }
    return "\"" + (line.count > 60 ? String(line.prefix(60)) + "…" : String(line)) + "\""
  }
}

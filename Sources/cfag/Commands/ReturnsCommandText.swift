import CFAGDomain
import CFAGStore

/// `cfag returns status` for people.
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
      [row.agency.shortName, row.overdue ? "OVERDUE" : (row.missing == 0 ? "complete" : "waiting")]
        + row.states.map(label)
    }
    lines.append(
      TextTable.render(header: ["AGENCY", "STATE"] + status.cases.map(\.value), rows: rows))
    return lines.joined(separator: "\n")
  }

  static func label(_ state: ReturnStatus.State) -> String {
    switch state {
    case .returned: "returned"
    case .notInvolved: "not involved"
    case .missing: "missing"
    }
  }
}

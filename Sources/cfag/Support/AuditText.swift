import CFAGDomain

/// `cfag audit show` for people.
enum AuditText {
  static func render(_ record: AuditRecord) -> String {
    let audit = record.audit
    var lines = [
      "\(audit.id)  \(audit.title)",
      "Theme:    \(audit.theme.title) (\(audit.theme.id) v\(audit.theme.version))",
      "Meeting:  \(audit.meetingDate.iso)" + (audit.chair.map { "   Chair: \($0)" } ?? ""),
      "Panel:    \(audit.panelAgencies.isEmpty ? "(none yet)" : audit.panelAgencies.joined(separator: ", "))",
      "Stage:    \(record.stage.label)" + (audit.signOff.map { " by \($0.by) on \($0.on.iso)" } ?? ""),
    ]
    if let due = audit.returnsDue { lines.append("Returns due: \(due.iso)") }
    let distribution = record.distribution
    lines.append("Grades:   \(distribution.progress): \(distribution.summary)")
    lines.append("")
    lines.append(distribution.headline(subject: audit.theme.reportSubject))
    if !record.cases.isEmpty {
      lines.append("")
      let rows = record.cases.map { auditCase -> [String] in
        let assessment = record.assessment(for: auditCase.reference)
        let how =
          switch auditCase.selection {
          case .random(let order): "random #\(order)"
          case .reserve(let order): "reserve #\(order)"
          case .manual: "by hand"
          }
        let status =
          switch auditCase.status {
          case .included:
            assessment.map { $0.overall.label + ($0.escalated ? " (escalated)" : "") } ?? "not graded"
          case .reserve: "reserve"
          case .replaced(let reason): "replaced: \(reason)"
          case .removed(let reason): "removed: \(reason)"
          }
        let returns = record.returns(for: auditCase.reference).count
        return [auditCase.reference.value, how, "\(returns)", status]
      }
      lines.append(TextTable.render(header: ["CASE", "SELECTED", "RETURNS", "GRADE"], rows: rows))
    }
    if !record.recommendations.isEmpty {
      lines.append("")
      lines.append("Recommendations:")
      for recommendation in record.recommendations {
        lines.append("  \(recommendation.id)  \(recommendation.text)")
      }
    }
    return lines.joined(separator: "\n")
  }
}

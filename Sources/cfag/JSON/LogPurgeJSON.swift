import CFAGStore

/// `cfag purge --json`: what was (or, on a dry run, would be) purged.
struct PurgeJSON: Encodable {
  struct AuditJSON: Encodable {
    let auditId: String
    let meetingDate: String
    let fields: [String: Int]
    let total: Int
  }

  let before: String
  let dryRun: Bool
  let placeholder: String
  let audits: [AuditJSON]
  let total: Int

  init(_ report: PurgeReport) {
    before = report.before.iso
    dryRun = report.dryRun
    placeholder = report.placeholder
    audits = report.audits.map {
      AuditJSON(
        auditId: $0.auditID.rawValue, meetingDate: $0.meetingDate.iso, fields: $0.fields, total: $0.total)
    }
    total = report.total
  }
}

import CFAGStore

/// `cfag verify --json`: whether the database passed, each check's result, and each problem.
struct VerificationJSON: Encodable {
  struct CheckJSON: Encodable {
    let name: String
    let description: String
    let passed: Bool
    let problems: Int
    /// False for a check of SQLite files only, on a PostgreSQL database (`passed` is then true).
    let applies: Bool
  }

  struct ProblemJSON: Encodable {
    let check: String
    let table: String?
    let id: String?
    let field: String?
    let seq: Int?
    let message: String
  }

  let valid: Bool
  let checks: [CheckJSON]
  let problems: [ProblemJSON]
  let changeRecords: Int
  let rows: Int
  let audits: Int
  let purgedTexts: Int
  let headSeq: Int?
  let headHash: String?

  init(_ report: VerificationReport) {
    valid = report.isValid
    checks = VerificationReport.Check.allCases.map { check in
      let count = report.problems(check).count
      return CheckJSON(
        name: check.rawValue, description: check.label, passed: count == 0, problems: count,
        applies: !report.notApplicable.contains(check))
    }
    problems = report.problems.map {
      ProblemJSON(
        check: $0.check.rawValue, table: $0.table, id: $0.id, field: $0.field, seq: $0.sequence,
        message: $0.message)
    }
    changeRecords = report.records
    rows = report.rows
    audits = report.audits
    purgedTexts = report.purgedTexts
    headSeq = report.headSequence
    headHash = report.headHash
  }
}

import CFAGStore

/// `cfag db copy --json`: the rows copied per table, and the copy's verification.
struct DbCopyJSON: Encodable {
  let tables: [String: Int]
  let changeRecords: Int
  let headSeq: Int?
  let headHash: String?
  let verification: VerificationJSON

  init(_ result: StoreCopyResult) {
    tables = Dictionary(uniqueKeysWithValues: result.tables.map { ($0.table, $0.rows) })
    changeRecords = result.changeRecords
    headSeq = result.report.headSequence
    headHash = result.report.headHash
    verification = VerificationJSON(result.report)
  }
}

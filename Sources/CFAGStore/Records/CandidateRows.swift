import CFAGDomain

/// The candidate table: one row per reference, written in bulk by an import.
enum CandidateRows {
  static let columns = CandidateTable.columns.joined(separator: ", ")

  /// The upsert an import runs once per new or changed candidate: the fields `append` gives, then
  /// the source and the time.
  static let upsert = """
    INSERT INTO candidate (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(reference) DO UPDATE SET plan_type = excluded.plan_type, age_band = excluded.age_band,
      gender = excluded.gender, team = excluded.team, start_date = excluded.start_date,
      agencies_known = excluded.agencies_known, source = excluded.source, imported_at = excluded.imported_at
    """

  static func candidate(_ row: SQLRow) throws -> CandidateCase {
    let row = RowReader(row, table: CandidateTable.self, key: CandidateTable.reference)
    let agencies: String = try row.value(CandidateTable.agenciesKnown)
    return CandidateCase(
      reference: CaseReference(trusted: try row.value(CandidateTable.reference)),
      planType: try row.raw(PlanType.self, CandidateTable.planType),
      ageBand: try row.optionalRaw(AgeBand.self, CandidateTable.ageBand),
      gender: try row.optional(CandidateTable.gender), team: try row.optional(CandidateTable.team),
      startDate: try row.optionalDay(CandidateTable.startDate),
      agenciesKnown: agencies.isEmpty ? [] : agencies.components(separatedBy: "; "))
  }

  /// Appends the stored fields of a candidate to `row`, in `columns` order, without source and time.
  static func append(_ candidate: CandidateCase, to row: inout BulkRows) {
    row.append(candidate.reference.value)
    row.append(candidate.planType.rawValue)
    row.append(candidate.ageBand?.rawValue)
    row.append(candidate.gender)
    row.append(candidate.team)
    row.append(candidate.startDate?.iso)
    row.append(candidate.agenciesKnown, separator: "; ")
  }

  /// How many stored fields `append` gives: every column but the source and the time.
  static let fieldCount = CandidateTable.columns.count - 2

  static func all(_ db: any StoreConnection) throws -> [CandidateCase] {
    try db.rows("SELECT \(columns) FROM candidate ORDER BY reference").map(candidate)
  }

  /// The candidates that are cases of an audit.
  static func all(_ db: any StoreConnection, inAudit auditID: AuditID) throws -> [CandidateCase] {
    try db.rows(
      "SELECT \(columns) FROM candidate WHERE reference IN "
        + "(SELECT \(AuditCaseTable.reference) FROM \(AuditCaseTable.tableName) WHERE \(AuditCaseTable.auditID) = ?) "
        + "ORDER BY reference", [auditID]
    ).map(candidate)
  }
}

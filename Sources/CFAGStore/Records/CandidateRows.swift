import CFAGDomain
import GRDB

/// The candidate table: one row per reference, written in bulk by an import.
enum CandidateRows {
  static let columns = CandidateTable.columns.joined(separator: ", ")

  /// The upsert an import runs once per new or changed candidate, as a cached statement.
  static let upsert = """
    INSERT INTO candidate (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(reference) DO UPDATE SET plan_type = excluded.plan_type, age_band = excluded.age_band,
      gender = excluded.gender, team = excluded.team, start_date = excluded.start_date,
      agencies_known = excluded.agencies_known, source = excluded.source, imported_at = excluded.imported_at
    """

  static func candidate(_ row: Row) throws -> CandidateCase {
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

  /// The stored fields of a candidate, in `columns` order, without source and time.
  static func fields(_ candidate: CandidateCase) -> [DatabaseValue] {
    [
      candidate.reference.value.databaseValue, candidate.planType.rawValue.databaseValue,
      (candidate.ageBand?.rawValue).dbValue, candidate.gender.dbValue, candidate.team.dbValue,
      (candidate.startDate?.iso).dbValue, candidate.agenciesKnown.joined(separator: "; ").databaseValue,
    ]
  }

  static func all(_ db: Database) throws -> [CandidateCase] {
    try Row.fetchAll(db, sql: "SELECT \(columns) FROM candidate ORDER BY reference").map(candidate)
  }

  /// The candidates that are cases of an audit.
  static func all(_ db: Database, inAudit auditID: AuditID) throws -> [CandidateCase] {
    try Row.fetchAll(
      db,
      sql: "SELECT \(columns) FROM candidate WHERE reference IN "
        + "(SELECT \(AuditCaseTable.reference) FROM \(AuditCaseTable.tableName) WHERE \(AuditCaseTable.auditID) = ?) "
        + "ORDER BY reference",
      arguments: [auditID]
    ).map(candidate)
  }
}

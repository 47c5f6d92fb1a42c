import CFAGDomain
import GRDB

/// The candidate table: one row per reference, written in bulk by an import.
enum CandidateRows {
  static let columns =
    "reference, plan_type, age_band, gender, team, start_date, agencies_known, source, imported_at"

  /// The upsert an import runs once per new or changed candidate, as a cached statement.
  static let upsert = """
    INSERT INTO candidate (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(reference) DO UPDATE SET plan_type = excluded.plan_type, age_band = excluded.age_band,
      gender = excluded.gender, team = excluded.team, start_date = excluded.start_date,
      agencies_known = excluded.agencies_known, source = excluded.source, imported_at = excluded.imported_at
    """

  static func candidate(_ row: Row) throws -> CandidateCase {
    let row = RowReader(row, table: "candidate", key: "reference")
    let agencies: String = try row.value("agencies_known")
    return CandidateCase(
      reference: CaseReference(trusted: try row.value("reference")),
      planType: try row.raw(PlanType.self, "plan_type"),
      ageBand: try row.optionalRaw(AgeBand.self, "age_band"),
      gender: try row.optional("gender"), team: try row.optional("team"),
      startDate: try row.optionalDay("start_date"),
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
}

import CFAGStore
import GRDB
import Testing

/// The table descriptors name exactly the schema's tables and columns, so a migration that adds or
/// renames a column must change its descriptor too.
@Suite(.enabled(if: TestStore.isSQLite, "reads the SQLite file's schema"))
struct TableDescriptorTests {
  static let descriptors: [any StoredTable.Type] = [
    AgencyTable.self, AuditTable.self, AuditCaseTable.self, AgencyReturnTable.self, AssessmentTable.self,
    RecommendationTable.self, ActionTable.self, ActionProgressTable.self, ReportSectionTable.self,
    ReturnTemplateTable.self,
    CandidateTable.self, ChangeLogTable.self,
  ]

  @Test func everyTableHasADescriptorWithItsColumns() throws {
    let fixture = try StoreFixture()
    let schema = try DatabaseQueue(path: fixture.path).read { db in
      let tables = try String.fetchAll(
        db,
        sql:
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'"
      )
      return try Dictionary(uniqueKeysWithValues: tables.map { ($0, try db.columns(in: $0).map(\.name)) })
    }
    #expect(Set(schema.keys) == Set(Self.descriptors.map { $0.tableName }))
    for descriptor in Self.descriptors {
      #expect(
        schema[descriptor.tableName] == descriptor.columns + descriptor.derivedColumns,
        "columns of \(descriptor.tableName)")
    }
  }
}

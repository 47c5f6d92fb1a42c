import CFAGStore

/// The program's version: the one place it is set, at release. `cfag --version` prints it with the
/// database schema version this build writes.
enum ProgramVersion {
  static let version = "0.9.0"

  static var text: String { "cfag \(version) (database schema \(SchemaVersion.current))" }

  struct JSON: Encodable {
    var version: String
    var schemaVersion: Int
    var schemaMigration: String
  }

  static var json: JSON {
    JSON(
      version: version, schemaVersion: SchemaVersion.current, schemaMigration: SchemaVersion.latestMigration)
  }
}

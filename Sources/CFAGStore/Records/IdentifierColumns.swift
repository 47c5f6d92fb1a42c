import CFAGDomain
import GRDB

/// Typed ids are stored as their text.
extension DatabaseValueConvertible where Self: Identifier {
  public var databaseValue: DatabaseValue { rawValue.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
    String.fromDatabaseValue(dbValue).map(Self.init(rawValue:))
  }
}

extension AuditID: DatabaseValueConvertible {}
extension ActionID: DatabaseValueConvertible {}
extension RecommendationID: DatabaseValueConvertible {}

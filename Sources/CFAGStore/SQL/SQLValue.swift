import CFAGDomain

/// A stored value as both databases hold it: what the store writes and reads back, whichever
/// database is behind it.
public enum SQLValue: Hashable, Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
  case blob([UInt8])

  public var isNull: Bool { self == .null }
}

extension SQLValue: CustomStringConvertible {
  /// The value as a person reads it in an error message.
  public var description: String {
    switch self {
    case .null: "NULL"
    case .integer(let integer): String(integer)
    case .real(let real): String(real)
    case .text(let text): "\"\(text)\""
    case .blob(let bytes): "\(bytes.count) bytes"
    }
  }
}

/// A Swift value the store writes as one `SQLValue` and reads back from one.
public protocol SQLValueConvertible {
  var sqlValue: SQLValue { get }
  /// The value read back; nil when the stored value is NULL or not of this type.
  static func fromSQLValue(_ value: SQLValue) -> Self?
}

extension SQLValue: SQLValueConvertible {
  public var sqlValue: SQLValue { self }

  public static func fromSQLValue(_ value: SQLValue) -> SQLValue? { value }
}

extension String: SQLValueConvertible {
  public var sqlValue: SQLValue { .text(self) }

  public static func fromSQLValue(_ value: SQLValue) -> String? {
    if case .text(let text) = value { return text }
    return nil
  }
}

extension Int64: SQLValueConvertible {
  public var sqlValue: SQLValue { .integer(self) }

  public static func fromSQLValue(_ value: SQLValue) -> Int64? {
    switch value {
    case .integer(let integer): integer
    case .real(let real): Int64(exactly: real)
    default: nil
    }
  }
}

extension Int: SQLValueConvertible {
  public var sqlValue: SQLValue { .integer(Int64(self)) }

  public static func fromSQLValue(_ value: SQLValue) -> Int? {
    Int64.fromSQLValue(value).flatMap { Int(exactly: $0) }
  }
}

extension Double: SQLValueConvertible {
  public var sqlValue: SQLValue { .real(self) }

  public static func fromSQLValue(_ value: SQLValue) -> Double? {
    switch value {
    case .integer(let integer): Double(integer)
    case .real(let real): real
    default: nil
    }
  }
}

/// Stored as 0 or 1, as SQLite stores the result of a comparison.
extension Bool: SQLValueConvertible {
  public var sqlValue: SQLValue { .integer(self ? 1 : 0) }

  public static func fromSQLValue(_ value: SQLValue) -> Bool? {
    Int64.fromSQLValue(value).map { $0 != 0 }
  }
}

/// Typed ids are stored as their text.
extension SQLValueConvertible where Self: Identifier {
  public var sqlValue: SQLValue { .text(rawValue) }

  public static func fromSQLValue(_ value: SQLValue) -> Self? {
    String.fromSQLValue(value).map(Self.init(rawValue:))
  }
}

extension AuditID: SQLValueConvertible {}
extension ActionID: SQLValueConvertible {}
extension RecommendationID: SQLValueConvertible {}

extension Optional where Wrapped: SQLValueConvertible {
  /// The value, or NULL.
  public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// The values bound to a statement's `?` placeholders, in order; written as an array literal of
/// any convertible values, nil for NULL.
public struct SQLArguments: ExpressibleByArrayLiteral, Sendable, Equatable {
  public var values: [SQLValue]

  public init(_ values: [SQLValue]) { self.values = values }

  public init(_ values: [some SQLValueConvertible]) { self.values = values.map(\.sqlValue) }

  public init(arrayLiteral elements: (any SQLValueConvertible)?...) {
    values = elements.map { $0?.sqlValue ?? .null }
  }

  public static func + (lhs: SQLArguments, rhs: SQLArguments) -> SQLArguments {
    SQLArguments(lhs.values + rhs.values)
  }
}

/// A typed id: a string that names one kind of thing, so an audit id can never be passed where an
/// action id is wanted. Each id normalises what people type (case, spaces) when it is made, so
/// every front end gets the same id for "cfag-2026-01 " and "CFAG-2026-01".
public protocol Identifier: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The stored form.
  var rawValue: String { get }
  /// Wraps a value already in stored form (read back from the store).
  init(rawValue: String)
  /// The stored form of a value as people type it.
  static func normalise(_ text: String) -> String
}

extension Identifier {
  /// An id as people type it, normalised.
  public init(_ text: String) { self.init(rawValue: Self.normalise(text)) }

  public init(stringLiteral value: String) { self.init(value) }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Upper case without surrounding whitespace: the form of ids people say aloud.
  public static func upperCased(_ text: String) -> String { text.trimmingWhitespace.uppercased() }
}

/// An audit, e.g. `CFAG-2026-02`.
public struct AuditID: Identifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func normalise(_ text: String) -> String { upperCased(text) }
}

/// A tracker action, e.g. `LL-2026-014`.
public struct ActionID: Identifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func normalise(_ text: String) -> String { upperCased(text) }
}

/// A recommendation of an audit, e.g. `R-3`.
public struct RecommendationID: Identifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func normalise(_ text: String) -> String { upperCased(text) }
}

/// A position in the change log: every saved change has the next sequence number. A screen
/// remembers the head it was loaded at, so a save over something changed since can be refused.
public struct LogSequence: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let value: Int
  public init(_ value: Int) { self.value = value }
  /// Before any change.
  public static let origin = LogSequence(0)
  public var description: String { String(value) }
  public static func < (lhs: LogSequence, rhs: LogSequence) -> Bool { lhs.value < rhs.value }
}

import CFAGDomain

/// The format version of the object forms kept in JSON columns (theme, sample, amendment).
enum StoredFormat {
  /// The version written today. Rows written before versions were recorded carry none, and are
  /// version 1: the same keys.
  static let current = 1

  static func check(_ format: Int?) throws {
    let version = format ?? 1
    guard version == current else {
      throw StoredValueError("is in format \(version), which this version of cfag cannot read")
    }
  }

  static func day(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else { throw StoredValueError("holds \"\(text)\", which is not a date") }
    return day
  }

  static func raw<T: RawRepresentable>(_ type: T.Type, _ text: String) throws -> T
  where T.RawValue == String {
    guard let value = T(rawValue: text) else { throw StoredValueError("holds an unknown value \"\(text)\"") }
    return value
  }
}

/// A stored JSON form that decodes but holds a value the domain refuses.
struct StoredValueError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}

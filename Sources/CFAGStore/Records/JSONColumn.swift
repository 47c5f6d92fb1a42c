import Foundation
import GRDB

/// JSON text columns: sorted keys so the same value always logs the same text.
enum JSONColumn {
  static func encode<T: Encodable>(_ value: T) -> DatabaseValue {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try! encoder.encode(value)
    return String(decoding: data, as: UTF8.self).databaseValue
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T? {
    guard let text else { return nil }
    return try JSONDecoder().decode(T.self, from: Data(text.utf8))
  }
}

extension Optional where Wrapped: DatabaseValueConvertible {
  /// The value, or SQL NULL.
  var dbValue: DatabaseValue { self?.databaseValue ?? .null }
}

extension Bool {
  var dbValue: DatabaseValue { (self ? 1 : 0).databaseValue }
}

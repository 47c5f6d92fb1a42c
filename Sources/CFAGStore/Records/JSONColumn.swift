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
    return try decoder.decode(T.self, from: Data(text.utf8))
  }

  /// An array column; the common empty value `[]` is read without the JSON decoder.
  static func decodeArray<Element: Decodable>(_ type: Element.Type, _ text: String?) throws -> [Element] {
    guard let text, text != "[]" else { return [] }
    return try decoder.decode([Element].self, from: Data(text.utf8))
  }

  /// A map column; the common empty value `{}` is read without the JSON decoder.
  static func decodeMap<Value: Decodable>(_ type: Value.Type, _ text: String?) throws -> [String: Value] {
    guard let text, text != "{}" else { return [:] }
    return try decoder.decode([String: Value].self, from: Data(text.utf8))
  }

  /// One decoder for every read: it holds no state between calls.
  private static let decoder = JSONDecoder()
}

extension Optional where Wrapped: DatabaseValueConvertible {
  /// The value, or SQL NULL.
  var dbValue: DatabaseValue { self?.databaseValue ?? .null }
}

extension Bool {
  var dbValue: DatabaseValue { (self ? 1 : 0).databaseValue }
}

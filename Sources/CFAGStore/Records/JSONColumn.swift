import Foundation

/// JSON text columns. A value is written through its stored form (`JSONColumnValue.Stored`), whose
/// keys are spelled out, so renaming a Swift property never changes the database format. Keys are
/// sorted so the same value always logs the same text. The object columns (theme, sample,
/// amendment) are read back through the same forms by `JSONDecoder`; the array and map columns,
/// read with every record, by `JSONColumnReader`.
enum JSONColumn {
  static func encode<T: JSONColumnValue>(_ value: T) -> SQLValue {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // The stored forms hold only strings, integers, arrays and keyed objects: encoding cannot fail.
    let data = try! encoder.encode(value.stored)
    return String(decoding: data, as: UTF8.self).sqlValue
  }

  static func decode<T: JSONColumnValue>(_ type: T.Type, _ text: String?) throws -> T? {
    guard let text else { return nil }
    return try T(stored: decoder.decode(T.Stored.self, from: Data(text.utf8)))
  }

  /// An array column, read by `JSONColumnReader`; NULL reads as empty.
  static func decodeArray<Element: JSONColumnValue>(_ type: Element.Type, _ text: String?) throws -> [Element]
  where Element.Stored: JSONColumnElement {
    guard let text else { return [] }
    return try JSONColumnReader.array(text) { try Element(stored: Element.Stored(reading: &$0)) }
  }

  /// A map column, read by `JSONColumnReader`; NULL reads as empty.
  static func decodeMap<Value: JSONColumnValue>(_ type: Value.Type, _ text: String?) throws -> [String: Value]
  where Value.Stored: JSONColumnElement {
    guard let text else { return [:] }
    return try JSONColumnReader.map(text) { try Value(stored: Value.Stored(reading: &$0)) }
  }

  /// One decoder for every read: it holds no state between calls.
  private static let decoder = JSONDecoder()
}

/// A value kept in a JSON column, converted to and from its stored form. Object columns (theme,
/// sample, amendment) carry a `format` version; array and map columns are bare JSON of their
/// element forms, so a change of their shape would wrap them in an object with a `format` key.
protocol JSONColumnValue {
  /// The JSON form, with explicit keys.
  associatedtype Stored: Codable
  var stored: Stored { get }
  /// Throws when the stored form holds something the domain refuses.
  init(stored: Stored) throws
}

extension Array: JSONColumnValue where Element: JSONColumnValue {
  var stored: [Element.Stored] { map(\.stored) }
  init(stored: [Element.Stored]) throws { self = try stored.map(Element.init(stored:)) }
}

extension Dictionary: JSONColumnValue where Key == String, Value: JSONColumnValue {
  var stored: [String: Value.Stored] { mapValues(\.stored) }
  init(stored: [String: Value.Stored]) throws { self = try stored.mapValues(Value.init(stored:)) }
}

extension String: JSONColumnValue {
  var stored: String { self }
  init(stored: String) { self = stored }
}

/// The stored form of an array column's elements or a map column's values, read by
/// `JSONColumnReader` from where the element begins.
protocol JSONColumnElement {
  init(reading reader: inout JSONColumnReader) throws
}

extension String: JSONColumnElement {
  init(reading reader: inout JSONColumnReader) throws {
    if try reader.atObject() { throw StoredValueError("holds an object where a text belongs") }
    self = try reader.string()
  }
}

extension JSONColumnReader {
  /// A flat object of strings where `form` belongs (an error names it when a text stands there):
  /// each member's key and text (nil for `null`) given to `member` in the order written.
  mutating func object(of form: String, _ member: (String, String?) throws -> Void) throws {
    guard try atObject() else { throw StoredValueError("holds a text where \(form) belongs") }
    try object(member)
  }
}

/// One member of an object `JSONColumnReader.object(of:_:)` reads, as `JSONDecoder` reads it: of
/// a repeated key the first counts, and `null` is no text.
struct FirstMember {
  private(set) var text: String?
  private var seen = false

  mutating func take(_ text: String?) {
    guard !seen else { return }
    self.text = text
    seen = true
  }

  /// The text of a member that must be present, `key` naming it in the error when it is not.
  func required(_ key: String) throws -> String {
    guard let text else { throw StoredValueError("has no key \"\(key)\"") }
    return text
  }
}

extension Optional where Wrapped: SQLValueConvertible {
  /// The value, or SQL NULL.
  var dbValue: SQLValue { self?.sqlValue ?? .null }
}

extension Bool {
  var dbValue: SQLValue { (self ? 1 : 0).sqlValue }
}

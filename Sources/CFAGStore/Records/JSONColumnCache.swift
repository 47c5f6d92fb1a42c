import Foundation

/// Decoded values of a JSON column, kept by their text while the store is open. An audit keeps its
/// own copy of its theme, the same text in every operation on the audit: decoded once, not once an
/// operation (or a row). A changed text is a new key, so it is decoded afresh.
final class JSONColumnCache<Value: JSONColumnValue>: @unchecked Sendable {
  private let lock = NSLock()
  private var decoded: [String: Value] = [:]
  /// How many texts are kept; past it the cache starts again (theme versions are few).
  private let capacity = 64

  init() {}

  /// The decoded value of `text`, from `decode` the first time.
  func value(of text: String, decode: () throws -> Value) rethrows -> Value {
    if let known = lock.withLock({ decoded[text] }) { return known }
    let value = try decode()
    lock.withLock {
      if decoded.count >= capacity { decoded.removeAll() }
      decoded[text] = value
    }
    return value
  }
}

import Foundation

/// Decoded values of a JSON column, kept by their text while the store is open. An audit keeps its
/// own copy of its theme, the same text in every operation on the audit: decoded once, not once an
/// operation (or a row). A changed text is a new key, so it is decoded afresh.
final class JSONColumnCache<Value: JSONColumnValue>: @unchecked Sendable {
  private let lock = NSLock()
  private var decoded: [String: Value] = [:]
  /// The text asked for last, and its value: an operation asks for its audit's theme again and
  /// again, and comparing ten kilobytes of text with the last (length first, then bytes) costs a
  /// fraction of hashing them to look them up.
  private var last: (text: String, value: Value)?
  /// How many texts are kept; past it the cache starts again (theme versions are few).
  private let capacity = 64

  init() {}

  /// The decoded value of `text`, from `decode` the first time.
  func value(of text: String, decode: () throws -> Value) rethrows -> Value {
    let known = lock.withLock { () -> Value? in
      if let last, last.text == text { return last.value }
      guard let value = decoded[text] else { return nil }
      last = (text, value)
      return value
    }
    if let known { return known }
    let value = try decode()
    lock.withLock {
      if decoded.count >= capacity { decoded.removeAll() }
      decoded[text] = value
      last = (text, value)
    }
    return value
  }
}

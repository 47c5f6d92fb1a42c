import Foundation

/// A cell's bytes as a dictionary key, hashed and compared by content, so a value that repeats
/// down a list (a plan type, a team, a date) is worked out once without making a `String` of each
/// cell. It points into its document's text: a table keyed by it must not outlive the document.
struct CellBytes: Hashable {
  /// Never empty: `ColumnLayout.cell` gives no key for an empty cell.
  let bytes: UnsafeBufferPointer<UInt8>

  static func == (lhs: CellBytes, rhs: CellBytes) -> Bool {
    lhs.bytes.count == rhs.bytes.count
      && memcmp(lhs.bytes.baseAddress!, rhs.bytes.baseAddress!, lhs.bytes.count) == 0
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
  }
}

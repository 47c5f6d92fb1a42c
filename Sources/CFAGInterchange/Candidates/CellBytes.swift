/// A cell's bytes as a dictionary key, hashed and compared by content, so a value that repeats
/// down a list (a plan type, a team, a date) is worked out once without making a `String` of each
/// cell. It points into its document's text: a table keyed by it must not outlive the document.
struct CellBytes: Hashable {
  /// Never empty: `ColumnLayout.cell` gives no key for an empty cell.
  let bytes: UnsafeBufferPointer<UInt8>

  /// Compares eight bytes at a time: cells are short, and a call to `memcmp` costs more than that.
  static func == (lhs: CellBytes, rhs: CellBytes) -> Bool {
    let count = lhs.bytes.count
    guard count == rhs.bytes.count else { return false }
    let left = UnsafeRawPointer(lhs.bytes.baseAddress!)
    let right = UnsafeRawPointer(rhs.bytes.baseAddress!)
    var offset = 0
    while offset + 8 <= count {
      if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    while offset < count {
      if lhs.bytes[offset] != rhs.bytes[offset] { return false }
      offset += 1
    }
    return true
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
  }
}

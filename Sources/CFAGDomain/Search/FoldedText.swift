/// Text folded for searching: lower-cased once, kept as UTF-8 bytes, so testing whether one holds
/// another compares bytes instead of walking characters (the search box runs it over thousands of
/// entries per key).
public struct FoldedText: Hashable, Sendable {
  let bytes: [UInt8]

  /// `text.lowercased()`'s bytes, made scalar by scalar as it makes them, but with ASCII folded in
  /// place: the index's texts are mostly ASCII with a "·" or "é" in them, so `lowercased()` built a
  /// string for every scalar, which was most of the time to build the search index.
  public init(_ text: String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        bytes.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
      } else {
        bytes += scalar.properties.lowercaseMapping.utf8
      }
    }
    self.bytes = bytes
  }

  /// Whether `other` occurs in this text. Both are lower-cased UTF-8, so a match of the bytes is
  /// a match of the text.
  public func contains(_ other: FoldedText) -> Bool {
    bytes.withUnsafeBufferPointer { other.occurs(in: $0) }
  }

  /// Whether this text occurs in `hay`, the folded bytes of another text.
  func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first else { return true }
    guard bytes.count <= hay.count else { return false }
    return bytes.withUnsafeBufferPointer { pin in
      var start = 0
      let last = hay.count - pin.count
      while start <= last {
        if hay[start] == first {
          var offset = 1
          while offset < pin.count && hay[start + offset] == pin[offset] { offset += 1 }
          if offset == pin.count { return true }
        }
        start += 1
      }
      return false
    }
  }
}

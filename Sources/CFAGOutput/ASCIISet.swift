/// A set of ASCII bytes as two 64-bit masks: a membership test is a shift and a mask, where a
/// `Set<UInt8>` hashes the byte. For text scanned byte by byte on every report.
struct ASCIISet: Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// The ASCII bytes of `characters` (anything beyond ASCII is left out).
  init(_ characters: String) {
    for byte in characters.utf8 where byte < 0x80 {
      if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
    }
  }

  func contains(_ byte: UInt8) -> Bool {
    if byte < 64 { return low >> byte & 1 == 1 }
    return byte < 0x80 && high >> (byte - 64) & 1 == 1
  }
}

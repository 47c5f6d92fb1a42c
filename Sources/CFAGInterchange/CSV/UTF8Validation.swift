/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
  /// Whether `bytes` are entirely well-formed UTF-8. Runs of ASCII are checked 8 bytes at a time.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { return true }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(base, index, count, lead) else { return false }
      index += length
    }
    return true
  }

  /// The length of the valid multi-byte sequence starting at `index`, or `nil` when invalid.
  private static func sequenceLength(
    _ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int, _ lead: UInt8
  ) -> Int? {
    func isContinuation(_ offset: Int) -> Bool {
      index + offset < count && base[index + offset] & 0xC0 == 0x80
    }
    func second(in range: ClosedRange<UInt8>) -> Bool {
      index + 1 < count && range.contains(base[index + 1])
    }
    switch lead {
    case 0xC2...0xDF:
      return isContinuation(1) ? 2 : nil
    case 0xE0...0xEF:
      let range: ClosedRange<UInt8> =
        lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
      return second(in: range) && isContinuation(2) ? 3 : nil
    case 0xF0...0xF4:
      let range: ClosedRange<UInt8> =
        lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
      return second(in: range) && isContinuation(2) && isContinuation(3) ? 4 : nil
    default:
      return nil
    }
  }
}

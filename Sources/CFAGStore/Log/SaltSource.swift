#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The salts of one transaction's change records: 128 random bits each, as hexadecimal, drawn
/// from the system's generator 256 bytes (sixteen salts) at a time. A record has up to three
/// salts, and asking the system for every 64 bits of them was a call each: some 3 % of the demo's
/// time went to those calls. Each transaction has its own, so none is shared between threads.
struct SaltSource {
  private static let blockSize = 256
  private static let saltSize = 16
  private var block: [UInt8] = []
  private var used = 0

  mutating func next() -> String {
    if used + Self.saltSize > block.count {
      block = Self.randomBlock()
      used = 0
    }
    defer { used += Self.saltSize }
    return ChangeChain.hex(Array(block[used..<(used + Self.saltSize)]))
  }

  /// 256 bytes from the system's generator in one call (`getentropy`, whose most it is); should
  /// that fail, from the standard library's generator.
  private static func randomBlock() -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: blockSize)
    let drawn = bytes.withUnsafeMutableBytes { getentropy($0.baseAddress!, $0.count) == 0 }
    if !drawn {
      var generator = SystemRandomNumberGenerator()
      for index in bytes.indices { bytes[index] = generator.next() }
    }
    return bytes
  }
}

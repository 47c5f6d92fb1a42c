/// SplitMix64 (Steele, Lea and Flood, 2014): the named, seedable generator behind every draw.
///
/// It is tiny, has a 64-bit state and is specified exactly, so anyone can re-run a draw in any
/// language from the recorded seed. It is deliberately not `SystemRandomNumberGenerator`.
public struct SplitMix64: Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next 64-bit output.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `0..<bound`, without modulo bias: outputs below `2^64 mod bound` are
  /// thrown away and the next output is tried; the first one kept is reduced `mod bound`.
  public mutating func next(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let range = UInt64(bound)
    let threshold = (0 &- range) % range
    while true {
      let value = next()
      if value >= threshold { return Int(value % range) }
    }
  }
}

/// A seeded SplitMix64 generator: the same seed gives the same inputs, so a failure can be replayed.
struct FuzzGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &self)] }

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

  /// Text of up to `length` characters mixing ASCII, punctuation YAML and CSV care about, accented and
  /// wide letters, emoji, control characters and the replacement character.
  mutating func text(length: Int) -> String {
    let alphabet = Array(
      "abcXYZ019 -_:/,;\"'#&*!|>%@[]{}()\\\t\r\néßø中文😀\u{0}\u{7}\u{1B}\u{FEFF}\u{FFFD}\u{200B}\u{202E}")
    return String((0..<Int.random(in: 0...length, using: &self)).map { _ in pick(alphabet) })
  }
}

@testable import CFAGInterchange

/// A small seeded generator (SplitMix64) so fuzz tests are reproducible.
struct CSVSeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

/// Helpers shared by the CSV tests.
enum CSVTestInput {
  /// Reads a string's UTF-8 bytes.
  static func read(_ text: String) throws(CSVError) -> CSVDocument {
    try CSVReader.read(Array(text.utf8))
  }

  /// The fields of every record.
  static func fields(_ text: String) throws -> [[String]] {
    try read(text).records.map(\.fields)
  }

  /// The start line of every record.
  static func lines(_ text: String) throws -> [Int] {
    try read(text).records.map(\.line)
  }

  /// The error reading `text` throws, or `nil`.
  static func error(_ text: String) -> CSVError? {
    do {
      _ = try read(text)
      return nil
    } catch {
      return error
    }
  }
}

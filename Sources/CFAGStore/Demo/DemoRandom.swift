import CFAGDomain

/// The demo's random choices, all drawn from one seeded SplitMix64 so a seed always gives the
/// same database. Never the system generator.
struct DemoRandom {
  private var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  /// A whole number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + generator.next(below: range.count)
  }

  /// True with probability `percent` in 100.
  mutating func chance(_ percent: Int) -> Bool { generator.next(below: 100) < percent }

  /// One of `items`, which must not be empty.
  mutating func pick<T>(_ items: [T]) -> T { items[generator.next(below: items.count)] }

  /// `count` different items of `items`, in the order drawn.
  mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
    SampleDraw.pick(min(count, items.count), from: items, using: &generator)
  }

  /// Sentences picked from `bank` and joined, until the text is at least `length` characters long.
  mutating func paragraph(_ bank: [String], atLeast length: Int) -> String {
    var remaining = bank
    var sentences: [String] = []
    var total = 0
    while total < length && !remaining.isEmpty {
      let sentence = remaining.remove(at: generator.next(below: remaining.count))
      sentences.append(sentence)
      total += sentence.count + 1
    }
    return sentences.joined(separator: " ")
  }
}

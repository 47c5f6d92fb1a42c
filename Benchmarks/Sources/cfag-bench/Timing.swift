import Foundation

/// Wall-clock timing and the statistics the suite quotes.
enum Timing {
  /// Milliseconds taken by `body`.
  static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
  }

  /// The median of `runs` timings of `body`, after one warm-up run.
  static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()
    var times: [Double] = []
    for _ in 0..<runs { times.append(try milliseconds(body)) }
    return percentile(50, of: times)
  }

  /// The nearest-rank percentile of `values`.
  static func percentile(_ percent: Double, of values: [Double]) -> Double {
    let sorted = values.sorted()
    let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  static func figure(_ name: String, _ value: Double) {
    print("\(name) \(String(format: "%.3f", value))")
  }
}

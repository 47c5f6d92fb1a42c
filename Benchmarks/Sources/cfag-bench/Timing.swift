import Foundation

/// Timing and the statistics the suite quotes. The in-process figures are the CPU time of the
/// running thread: on a machine shared with other builds the wall clock also counts the time spent
/// waiting for a core, which says nothing about the program (all the work is on this thread).
enum Timing {
  /// Milliseconds of this thread's CPU time taken by `body`.
  static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = threadCPU()
    try body()
    return threadCPU() - start
  }

  /// Milliseconds of this thread's CPU time and of the wall clock taken by `body`.
  static func both(_ body: () throws -> Void) rethrows -> (cpu: Double, wall: Double) {
    let start = (threadCPU(), wall())
    try body()
    return (threadCPU() - start.0, wall() - start.1)
  }

  /// The monotonic clock, in milliseconds.
  private static func wall() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
  }

  /// This thread's CPU time so far, in milliseconds.
  private static func threadCPU() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
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

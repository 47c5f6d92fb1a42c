/// The documented, reproducible random draw of cases for an audit (see docs/sampling.md).
///
/// 1. The eligible pool is sorted by reference.
/// 2. A `SplitMix64` is seeded with the seed.
/// 3. The sample is picked by a partial Fisher–Yates shuffle (`pick`): over the whole pool, or,
///    when stratified, over each stratum in turn with the quotas of `Stratification`.
/// 4. The reserves are picked the same way, with the same generator, from the candidates left
///    over, sorted by reference again.
public enum SampleDraw {
  /// What a draw picked, in draw order.
  public struct Result: Hashable, Sendable {
    public var selected: [CandidateCase]
    public var reserves: [CandidateCase]
    /// Stratum value → cases drawn from it, when stratified.
    public var quotas: [Stratum]
  }

  /// Draws `size` cases and up to `reserves` reserves from `pool` (any order, unique references).
  /// Fewer reserves are drawn when the pool runs out; a pool smaller than `size` is refused.
  public static func draw(
    pool: [CandidateCase], size: Int, reserves: Int, seed: UInt64, stratifiedBy field: CandidateField? = nil
  ) throws(DomainError) -> Result {
    guard size > 0 else { throw .invalid(field: "size", value: "\(size)", reason: "must be at least 1") }
    guard reserves >= 0 else {
      throw .invalid(field: "reserves", value: "\(reserves)", reason: "cannot be negative")
    }
    let sorted = pool.sorted { $0.reference < $1.reference }
    guard sorted.count >= size else {
      throw .refused(
        "the pool has \(sorted.count) eligible case\(sorted.count == 1 ? "" : "s"), fewer than the \(size) asked for; "
          + "import a fuller candidate list or draw fewer")
    }
    var generator = SplitMix64(seed: seed)
    var selected: [CandidateCase] = []
    var strata: [Stratum] = []
    if let field {
      strata = Stratification.quotas(pool: sorted, field: field, size: size)
      for stratum in strata {
        let members = sorted.filter { Stratification.value(of: $0, field: field) == stratum.value }
        selected += pick(stratum.quota, from: members, using: &generator)
      }
    } else {
      selected = pick(size, from: sorted, using: &generator)
    }
    let chosen = Set(selected.map(\.reference))
    let rest = sorted.filter { !chosen.contains($0.reference) }
    let reserveList = pick(min(reserves, rest.count), from: rest, using: &generator)
    return Result(selected: selected, reserves: reserveList, quotas: strata)
  }

  /// The first `count` items of a forward Fisher–Yates shuffle of `items`: for i = 0, 1, ...,
  /// count-1, swap item i with item i + next(below: n - i).
  public static func pick<T>(_ count: Int, from items: [T], using generator: inout SplitMix64) -> [T] {
    var items = items
    for index in 0..<count {
      let other = index + generator.next(below: items.count - index)
      items.swapAt(index, other)
    }
    return Array(items.prefix(count))
  }
}

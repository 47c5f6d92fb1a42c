/// One value of the stratifying field, how many eligible cases have it, and how many are drawn.
public struct Stratum: Hashable, Sendable {
  public var value: String
  public var poolCount: Int
  public var quota: Int

  public init(value: String, poolCount: Int, quota: Int) {
    self.value = value
    self.poolCount = poolCount
    self.quota = quota
  }
}

/// Proportional quotas by largest remainders (the Hamilton method).
///
/// Each stratum's exact share is `size × count ÷ pool`. Each gets the whole part of its share;
/// the seats left over go one each to the strata with the largest remainders; equal remainders
/// go to the stratum whose value sorts first. Strata are in value order; a blank value is
/// the stratum "(blank)".
public enum Stratification {
  public static let blank = "(blank)"

  /// The stratum value of a candidate.
  public static func value(of candidate: CandidateCase, field: CandidateField) -> String {
    let text = candidate.value(of: field)?.trimmingWhitespace ?? ""
    return text.isEmpty ? blank : text
  }

  public static func quotas(pool: [CandidateCase], field: CandidateField, size: Int) -> [Stratum] {
    var counts: [String: Int] = [:]
    for candidate in pool { counts[value(of: candidate, field: field), default: 0] += 1 }
    let values = counts.keys.sorted()
    return apportion(counts: values.map { counts[$0]! }, size: size).enumerated().map { index, quota in
      Stratum(value: values[index], poolCount: counts[values[index]]!, quota: quota)
    }
  }

  /// Largest-remainder apportionment of `size` seats over groups of these sizes, in the order given
  /// (earlier groups win ties). Remainders are compared exactly, as `size × count mod total`.
  public static func apportion(counts: [Int], size: Int) -> [Int] {
    let total = counts.reduce(0, +)
    guard total > 0 else { return counts.map { _ in 0 } }
    var quotas = counts.map { size * $0 / total }
    let remainders = counts.map { size * $0 % total }
    let left = size - quotas.reduce(0, +)
    let order = counts.indices.sorted { (remainders[$0], -$0) > (remainders[$1], -$1) }
    for index in order.prefix(left) { quotas[index] += 1 }
    return quotas
  }
}

extension CandidateField {
  /// The field named by people or scripts: `plan_type`, `plan-type`, `plan type`, `Plan Type`.
  public init(naming text: String) throws(DomainError) {
    let key = text.lowercased().filter { $0.isLetter }
    guard let field = CandidateField.allCases.first(where: { $0.rawValue.filter(\.isLetter) == key }) else {
      throw .invalid(
        field: "field", value: text,
        reason:
          "is not a candidate field; use one of \(CandidateField.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
    self = field
  }
}

import CFAGDomain

/// Cohen's kappa for two raters over the three grades.
public enum CohensKappa {
  /// Fewer pairs than this and kappa is not shown: it would swing on a single case.
  public static let minimumPairs = 10

  /// Kappa for pairs of (first rater, second rater) grades; nil when agreement by chance is
  /// certain (every grade in one category), where kappa is undefined.
  public static func value(_ pairs: [(Grade, Grade)]) -> Double? {
    guard !pairs.isEmpty else { return nil }
    let n = Double(pairs.count)
    let observed = Double(pairs.filter { $0.0 == $0.1 }.count) / n
    let chance = Grade.allCases.reduce(0.0) { sum, grade in
      let first = Double(pairs.filter { $0.0 == grade }.count) / n
      let second = Double(pairs.filter { $0.1 == grade }.count) / n
      return sum + first * second
    }
    guard chance < 1 else { return nil }
    return (observed - chance) / (1 - chance)
  }
}

/// How agencies' own grades compare with the panel's: per agency (kappa where the agency has enough
/// pairs), and the agreement rate of all agencies together (never a pooled kappa: pooling agencies
/// to reach enough pairs measures no one).
public struct AgreementSummary: Hashable, Sendable {
  public var pooled: AgreementRow
  public var agencies: [AgreementRow]
  /// Where an agency's own grade differs from the panel's.
  public var differences: [Difference]

  public struct Difference: Hashable, Sendable {
    public var agency: String
    public var label: String
    public var agencyGrade: Grade
    public var panelGrade: Grade
  }
}

/// Agreement for one agency, or pooled.
public struct AgreementRow: Hashable, Sendable {
  public var name: String
  public var pairs: Int
  public var agreed: Int
  public var kappa: KappaFigure

  /// `pooled`: the row of all agencies together, which gives no kappa.
  public init(name: String, pairs: [(Grade, Grade)], pooled: Bool = false) {
    self.name = name
    self.pairs = pairs.count
    agreed = pairs.filter { $0.0 == $0.1 }.count
    if pooled {
      kappa = .pooled
    } else if pairs.count < CohensKappa.minimumPairs {
      kappa = .tooFewPairs
    } else if let value = CohensKappa.value(pairs) {
      kappa = .value(value)
    } else {
      kappa = .undefined
    }
  }

  /// "4 of 6 (67%)".
  public var rate: String {
    guard pairs > 0 else { return "no pairs" }
    return "\(agreed) of \(pairs) (\(Int((Double(agreed) * 100 / Double(pairs)).rounded()))%)"
  }

  /// Kappa to two places, or why it is not shown.
  public var kappaText: String {
    switch kappa {
    case .value(let value): Self.twoPlaces(value)
    case .tooFewPairs:
      "not shown: \(pairs) pair\(pairs == 1 ? "" : "s"), fewer than the \(CohensKappa.minimumPairs) needed"
    case .undefined: "not defined: every grade given was the same"
    case .pooled: "not pooled: see each agency"
    }
  }

  static func twoPlaces(_ value: Double) -> String {
    let hundredths = Int((abs(value) * 100).rounded())
    let digits = hundredths % 100 < 10 ? "0\(hundredths % 100)" : "\(hundredths % 100)"
    return (value < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100).\(digits)"
  }

  public enum KappaFigure: Hashable, Sendable {
    case value(Double)
    case tooFewPairs
    case undefined
    /// All agencies together: kappa is per agency only.
    case pooled
  }
}

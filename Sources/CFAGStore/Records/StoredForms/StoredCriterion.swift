import CFAGDomain

/// A theme criterion as stored: one key naming the rule, its arguments under `_0` and `_1`,
/// e.g. `{"oneOf": {"_0": "plan_type", "_1": ["child-in-need"]}}`.
enum StoredCriterion: Codable {
  case oneOf(field: String, values: [String])
  case startedWithinMonths(Int)
  case knownToAnyOf([String])

  enum RuleKeys: String, CodingKey, CaseIterable {
    case oneOf, startedWithinMonths, knownToAnyOf
  }

  enum ArgumentKeys: String, CodingKey {
    case first = "_0"
    case second = "_1"
  }

  init(_ criterion: Criterion) {
    switch criterion {
    case .oneOf(let field, let values): self = .oneOf(field: field.rawValue, values: values)
    case .startedWithinMonths(let months): self = .startedWithinMonths(months)
    case .knownToAnyOf(let agencies): self = .knownToAnyOf(agencies)
    }
  }

  var criterion: Criterion {
    get throws {
      switch self {
      case .oneOf(let field, let values): .oneOf(try StoredFormat.raw(CandidateField.self, field), values)
      case .startedWithinMonths(let months): .startedWithinMonths(months)
      case .knownToAnyOf(let agencies): .knownToAnyOf(agencies)
      }
    }
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: RuleKeys.self)
    guard let rule = RuleKeys.allCases.first(where: container.contains) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a criterion: \(container.allKeys)"))
    }
    let arguments = try container.nestedContainer(keyedBy: ArgumentKeys.self, forKey: rule)
    switch rule {
    case .oneOf:
      self = .oneOf(
        field: try arguments.decode(String.self, forKey: .first),
        values: try arguments.decode([String].self, forKey: .second))
    case .startedWithinMonths: self = .startedWithinMonths(try arguments.decode(Int.self, forKey: .first))
    case .knownToAnyOf: self = .knownToAnyOf(try arguments.decode([String].self, forKey: .first))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: RuleKeys.self)
    switch self {
    case .oneOf(let field, let values):
      var arguments = container.nestedContainer(keyedBy: ArgumentKeys.self, forKey: .oneOf)
      try arguments.encode(field, forKey: .first)
      try arguments.encode(values, forKey: .second)
    case .startedWithinMonths(let months):
      var arguments = container.nestedContainer(keyedBy: ArgumentKeys.self, forKey: .startedWithinMonths)
      try arguments.encode(months, forKey: .first)
    case .knownToAnyOf(let agencies):
      var arguments = container.nestedContainer(keyedBy: ArgumentKeys.self, forKey: .knownToAnyOf)
      try arguments.encode(agencies, forKey: .first)
    }
  }
}

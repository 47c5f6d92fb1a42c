/// A rule over a candidate's coarse attributes that decides whether it can be sampled for a theme.
public enum Criterion: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The field's value is one of these (plan type, age band, gender or team).
  case oneOf(CandidateField, [String])
  /// The plan or involvement started no more than this many months before today.
  case startedWithinMonths(Int)
  /// At least one of these agencies knows the child.
  case knownToAnyOf([String])

  public func admits(_ candidate: CandidateCase, today: Day) -> Bool {
    switch self {
    case .oneOf(let field, let values):
      guard let value = candidate.value(of: field) else { return false }
      return values.contains { Self.normalise($0) == Self.normalise(value) }
    case .startedWithinMonths(let months):
      guard let start = candidate.startDate else { return false }
      return start >= today.adding(months: -months) && start <= today
    case .knownToAnyOf(let agencies):
      let known = Set(candidate.agenciesKnown.map(Self.normalise))
      return agencies.contains { known.contains(Self.normalise($0)) }
    }
  }

  /// Words for people: "plan type is child in need", "started in the last 12 months".
  public var description: String {
    switch self {
    case .oneOf(let field, let values):
      let shown = values.map { value in
        switch field {
        case .planType: PlanType(parsing: value)?.label ?? value
        case .ageBand: AgeBand(parsing: value)?.label ?? value
        default: value
        }
      }
      return values.count == 1
        ? "\(field.label) is \(shown[0])" : "\(field.label) is one of \(shown.joined(separator: ", "))"
    case .startedWithinMonths(let months):
      return "started in the last \(months) month\(months == 1 ? "" : "s")"
    case .knownToAnyOf(let agencies):
      return "known to \(agencies.joined(separator: " or "))"
    }
  }

  static func normalise(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}

/// The candidate fields a theme's criteria and a stratified draw may use.
public enum CandidateField: String, Hashable, Sendable, Codable, CaseIterable {
  case reference
  case planType = "plan_type"
  case ageBand = "age_band"
  case gender
  case team
  case startDate = "start_date"
  case agenciesKnown = "agencies_known"

  public var label: String {
    switch self {
    case .reference: "reference"
    case .planType: "plan type"
    case .ageBand: "age band"
    case .gender: "gender"
    case .team: "team"
    case .startDate: "start date"
    case .agenciesKnown: "agencies known"
    }
  }
}

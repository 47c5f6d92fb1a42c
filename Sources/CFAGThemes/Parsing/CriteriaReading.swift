import CFAGDomain
import Yams

extension NodeReader {
  /// Reads `criteria:` into criteria, in file order; reports unknown fields and bad values.
  mutating func criteria(_ node: Node) -> [Criterion] {
    if node.null != nil { return [] }
    guard let mapping = mapping(node, what: "'criteria'") else { return [] }
    var result: [Criterion] = []
    for (key, value) in mapping {
      guard let name = key.scalar?.string else { continue }
      switch name {
      case "plan_type":
        if let values = planTypes(value) { result.append(.oneOf(.planType, values)) }
      case "age_band":
        if let values = ageBands(value) { result.append(.oneOf(.ageBand, values)) }
      case "gender":
        if let values = textList(value, field: name) { result.append(.oneOf(.gender, values.map(\.0))) }
      case "team":
        if let values = textList(value, field: name) { result.append(.oneOf(.team, values.map(\.0))) }
      case "started_within_months":
        if let months = integer(value, field: name, minimum: 1) {
          result.append(.startedWithinMonths(months))
        }
      case "known_to_any_of":
        if let values = textList(value, field: name) { result.append(.knownToAnyOf(values.map(\.0))) }
      default:
        let hint = Suggestion.hint(for: name, in: ThemeFormat.criteriaKeys)
        let known = ThemeFormat.criteriaKeys.joined(separator: ", ")
        error("unknown criterion '\(name)'\(hint); criteria can be: \(known)", at: key)
      }
    }
    return result
  }

  private mutating func planTypes(_ node: Node) -> [String]? {
    guard let values = textList(node, field: "plan_type") else { return nil }
    let allowed = PlanType.allCases.map(\.rawValue)
    var result: [String] = []
    var failed = false
    for (text, item) in values {
      if let plan = PlanType(parsing: text) {
        if !result.contains(plan.rawValue) { result.append(plan.rawValue) }
      } else {
        failed = true
        let hint = Suggestion.hint(for: text, in: allowed)
        error(
          "unknown plan type '\(text)'\(hint); use one of: \(allowed.joined(separator: ", "))", at: item)
      }
    }
    return failed ? nil : result
  }

  private mutating func ageBands(_ node: Node) -> [String]? {
    guard let values = textList(node, field: "age_band") else { return nil }
    let allowed = AgeBand.allCases.map(\.rawValue)
    var result: [String] = []
    var failed = false
    for (text, item) in values {
      if let band = AgeBand(parsing: text) {
        if !result.contains(band.rawValue) { result.append(band.rawValue) }
      } else {
        failed = true
        let hint = Suggestion.hint(for: text, in: allowed)
        error(
          "unknown age band '\(text)'\(hint); use one of: \(allowed.joined(separator: ", "))", at: item)
      }
    }
    return failed ? nil : result
  }
}

import CFAGDomain
import Yams

extension NodeReader {
  /// Reads `grades:`: a descriptor for each of good, requires_improvement and inadequate.
  mutating func gradeDescriptors(_ node: Node) -> [Grade: String] {
    guard let mapping = mapping(node, what: "'grades'") else { return [:] }
    let keys = ThemeFormat.gradeKeys.map(\.key)
    checkKeys(
      of: mapping, allowed: keys,
      in: "in 'grades' (the three grades are good, requires_improvement, inadequate)")
    var result: [Grade: String] = [:]
    for (key, grade) in ThemeFormat.gradeKeys {
      guard let value = value(key, in: mapping, required: true, owner: " in 'grades'", at: node) else {
        continue
      }
      if let text = text(value, field: key) { result[grade] = text }
    }
    return result
  }
}

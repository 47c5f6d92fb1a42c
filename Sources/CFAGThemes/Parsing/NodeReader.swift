import Foundation
import Yams

/// Reads values out of a composed YAML tree, collecting a diagnostic for every problem instead of
/// stopping at the first, each placed at the node that caused it.
struct NodeReader {
  let file: String
  private(set) var diagnostics: [ThemeDiagnostic] = []

  init(file: String) { self.file = file }

  // MARK: Reporting

  mutating func error(_ message: String, at node: Node?) {
    report(message, at: node, severity: .error)
  }

  mutating func warning(_ message: String, at node: Node?) {
    report(message, at: node, severity: .warning)
  }

  mutating func report(_ message: String, at node: Node?, severity: ThemeDiagnostic.Severity) {
    let mark = node?.mark
    report(message, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity)
  }

  mutating func report(
    _ message: String, line: Int, column: Int, severity: ThemeDiagnostic.Severity = .error
  ) {
    diagnostics.append(
      ThemeDiagnostic(file: file, line: line, column: column, message: message, severity: severity))
  }

  // MARK: Shapes

  /// The node as a mapping, or an error naming what was expected.
  mutating func mapping(_ node: Node, what: String) -> Node.Mapping? {
    if let mapping = node.mapping { return mapping }
    error("\(what) must be a set of 'key: value' lines, not \(Self.kind(of: node))", at: node)
    return nil
  }

  /// Reports every key not in `allowed` (with a "did you mean") and every key that is not text.
  mutating func checkKeys(of mapping: Node.Mapping, allowed: [String], in place: String) {
    for key in mapping.keys {
      guard let name = key.scalar?.string else {
        error("a key \(place) must be a plain word, not \(Self.kind(of: key))", at: key)
        continue
      }
      if !allowed.contains(name) {
        let hint = Suggestion.hint(for: name, in: allowed)
        error("unknown key '\(name)' \(place)\(hint)", at: key)
      }
    }
  }

  /// The value for `key`, or an error at the mapping when a required key is missing.
  mutating func value(
    _ key: String, in mapping: Node.Mapping, required: Bool, owner: String, at owningNode: Node
  ) -> Node? {
    if let value = mapping[key] { return value }
    if required { error("missing required field '\(key)'\(owner)", at: owningNode) }
    return nil
  }

  // MARK: Scalars

  /// Non-empty text, trimmed; errors for a list, a mapping or an empty value.
  mutating func text(_ node: Node, field: String) -> String? {
    guard let scalar = node.scalar else {
      error("'\(field)' must be text, not \(Self.kind(of: node))", at: node)
      return nil
    }
    let text = scalar.string.trimmingWhitespace
    if text.isEmpty || (node.null != nil && scalar.style == .plain) {
      error("'\(field)' is empty", at: node)
      return nil
    }
    return text
  }

  /// A whole number of at least `minimum`.
  mutating func integer(_ node: Node, field: String, minimum: Int) -> Int? {
    guard let scalar = node.scalar else {
      error("'\(field)' must be a whole number, not \(Self.kind(of: node))", at: node)
      return nil
    }
    guard let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
      error("'\(field)' must be a whole number, not '\(scalar.string)'", at: node)
      return nil
    }
    guard value >= minimum else {
      let need = minimum == 1 ? "a positive whole number" : "at least \(minimum)"
      error("'\(field)' must be \(need), not \(value)", at: node)
      return nil
    }
    return value
  }

  /// A list of non-empty texts, each with its node; a single value counts as a list of one.
  mutating func textList(_ node: Node, field: String) -> [(String, Node)]? {
    let items: [Node]
    if let sequence = node.sequence {
      items = Array(sequence)
    } else if node.scalar != nil, node.null == nil {
      items = [node]
    } else if node.null != nil {
      error("'\(field)' is empty: give at least one value", at: node)
      return nil
    } else {
      error("'\(field)' must be a list such as [a, b], not \(Self.kind(of: node))", at: node)
      return nil
    }
    if items.isEmpty {
      error("'\(field)' is empty: give at least one value", at: node)
      return nil
    }
    var result: [(String, Node)] = []
    for item in items {
      guard let scalar = item.scalar else {
        error("each value in '\(field)' must be text, not \(Self.kind(of: item))", at: item)
        continue
      }
      let text = scalar.string.trimmingWhitespace
      if text.isEmpty {
        error("'\(field)' has an empty value", at: item)
      } else {
        result.append((text, item))
      }
    }
    return result.count == items.count ? result : nil
  }

  /// "a list", "a set of keys", "text 'x'" — how a node looks, for messages.
  static func kind(of node: Node) -> String {
    switch node {
    case .mapping: "a set of 'key: value' lines"
    case .sequence: "a list"
    case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
    case .alias: "an alias"
    }
  }
}

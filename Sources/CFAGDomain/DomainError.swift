/// A rule of the domain refused a value or a change. The message is written for people.
public enum DomainError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A value failed validation: `reference "Jo Bloggs": has no digits ...`.
  case invalid(field: String, value: String, reason: String)
  /// Something required is missing: `rationale: a grade needs a written rationale`.
  case missing(field: String, reason: String)
  /// A change is not allowed in the current state.
  case refused(String)
  /// No such thing: `audit CFAG-2026-09`.
  case notFound(kind: String, id: String)
  /// A short form matches several things.
  case ambiguous(kind: String, value: String, matches: [String])

  public var description: String {
    switch self {
    case .invalid(let field, let value, let reason): "\(field) \"\(value)\" \(reason)"
    case .missing(let field, let reason): "\(field): \(reason)"
    case .refused(let message): message
    case .notFound(let kind, let id): "no \(kind) \"\(id)\""
    case .ambiguous(let kind, let value, let matches):
      "\(kind) \"\(value)\" is ambiguous: it could be \(matches.joined(separator: ", "))"
    }
  }
}

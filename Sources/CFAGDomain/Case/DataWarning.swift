/// A kind of personal data that must not be in a case record.
public enum PersonalDataKind: String, Hashable, Sendable, CaseIterable, Codable {
  case name
  case postcode
  case email
  case nhsNumber = "nhs-number"
  case phoneNumber = "phone-number"
  case dateOfBirth = "date-of-birth"
  case caseReference = "case-reference"

  /// In a sentence: "a person's name".
  public var words: String {
    switch self {
    case .name: "a person's name"
    case .postcode: "a postcode"
    case .email: "an e-mail address"
    case .nhsNumber: "an NHS number"
    case .phoneNumber: "a phone number"
    case .dateOfBirth: "a date of birth"
    case .caseReference: "a case reference"
    }
  }
}

/// Free text that looks as if it holds personal data: saved, but people are told at once, by
/// every front end alike, which field and what kind.
public struct DataWarning: Hashable, Sendable, CustomStringConvertible {
  public var field: Field
  public var kind: PersonalDataKind
  /// How a case reference was written, when that is what was found ("mc-1002").
  public var written: String?

  public init(field: Field, kind: PersonalDataKind, written: String? = nil) {
    self.field = field
    self.kind = kind
    self.written = written
  }

  public var description: String {
    let seen = written.map { " (\"\($0)\")" } ?? ""
    let why =
      kind == .caseReference
      ? "refer to the child as \"the child\" so reports stay anonymised"
      : "case records must stay pseudonymous"
    return "\(field): this text may contain \(kind.words)\(seen); \(why)"
  }

  /// The warnings for one free-text field; `references` are the audit's cases.
  public static func check(_ text: String, field: Field, references: ReferenceMatcher) -> [DataWarning] {
    guard !text.isEmpty else { return [] }
    let kinds = PersonalDataDetector.kinds(in: text)
    let found = references.matches(in: text).map {
      DataWarning(field: field, kind: .caseReference, written: $0.written)
    }
    return kinds.map { DataWarning(field: field, kind: $0) } + found
  }
}

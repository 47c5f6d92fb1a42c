/// The panel's three-point judgement, in the partnership's (Ofsted's) words.
public enum Grade: String, CaseIterable, Sendable, Codable, Comparable {
  case good
  case requiresImprovement = "requires-improvement"
  case inadequate

  /// Accepts `good`, `requires-improvement`, `requires improvement`, `RI`, `inadequate`, and the
  /// single letters `g` / `r` / `i`, in any case.
  public init?(parsing text: String) {
    // The raw value as stored and as most people type it, without folding case.
    if let grade = Grade(rawValue: text) {
      self = grade
      return
    }
    let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
      .joined(separator: "-")
    switch key {
    case "good", "g": self = .good
    case "requires-improvement", "ri", "r", "requiresimprovement": self = .requiresImprovement
    case "inadequate", "i": self = .inadequate
    default: return nil
    }
  }

  /// "Good", "Requires improvement", "Inadequate".
  public var label: String {
    switch self {
    case .good: "Good"
    case .requiresImprovement: "Requires improvement"
    case .inadequate: "Inadequate"
    }
  }

  /// A short form for narrow columns: "Good", "RI", "Inad".
  public var short: String {
    switch self {
    case .good: "Good"
    case .requiresImprovement: "RI"
    case .inadequate: "Inad"
    }
  }

  private var rank: Int {
    switch self {
    case .good: 0
    case .requiresImprovement: 1
    case .inadequate: 2
    }
  }

  public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rank < rhs.rank }

  public static let accepted = "good, requires-improvement (or RI), inadequate"
}

/// A domain's grade: one of the three grades, or not applicable to this case.
public enum DomainJudgement: Hashable, Sendable, Codable, CustomStringConvertible {
  case graded(Grade)
  case notApplicable

  /// Accepts a grade (see `Grade(parsing:)`) or `n/a`, `na`, `not applicable`.
  public init?(parsing text: String) {
    // The forms as stored (`description`), without folding case.
    if text == "n/a" {
      self = .notApplicable
      return
    }
    if let grade = Grade(rawValue: text) {
      self = .graded(grade)
      return
    }
    let key = text.lowercased().filter { $0.isLetter }
    if key == "na" || key == "notapplicable" {
      self = .notApplicable
    } else if let grade = Grade(parsing: text) {
      self = .graded(grade)
    } else {
      return nil
    }
  }

  public var grade: Grade? {
    if case .graded(let grade) = self { return grade }
    return nil
  }

  /// `good`, `requires-improvement`, `inadequate` or `n/a`.
  public var description: String { grade?.rawValue ?? "n/a" }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = DomainJudgement(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a grade: \(text)"))
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

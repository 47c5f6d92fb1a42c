import CFAGDomain

/// One thing an agency fills in for a case, with its key in return files (`involved`,
/// `known_because`, `q:QUESTION`, `domain:DOMAIN`, `grade`, ...).
public enum ReturnItem: Hashable, Sendable {
  case involved
  case knownBecause
  case workDone
  case strengths
  case gaps
  case voice
  /// Whether a domain does not apply to the agency's work with the child.
  case notApplicable(String)
  case answer(String)
  /// The evidence for a choice question's answer, where a form keeps it apart from the choice.
  case evidence(String)
  case domainGrade(String)
  case overallGrade

  /// Every item of a return for a theme, in the order of the forms (the evidence goes with its
  /// answer, as `choice: evidence`).
  public static func all(for theme: Theme) -> [ReturnItem] {
    [.involved, .knownBecause, .workDone, .strengths, .gaps, .voice]
      + theme.domains.map { .notApplicable($0.id) } + theme.questions.map { .answer($0.id) }
      + theme.domains.map { .domainGrade($0.id) } + [.overallGrade]
  }

  /// Words that mark a domain not applicable, and those that leave it applying.
  static let notApplicableWords: Set<String> = ["na", "notapplicable", "doesnotapply", "yes", "y"]
  static let applyingWords: Set<String> = ["", "applies", "no", "n"]

  public var key: String {
    switch self {
    case .involved: "involved"
    case .knownBecause: "known_because"
    case .workDone: "work_done"
    case .strengths: "strengths"
    case .gaps: "gaps"
    case .voice: "voice"
    case .notApplicable(let id): "na:\(id)"
    case .answer(let id): "q:\(id)"
    case .evidence(let id): "note:\(id)"
    case .domainGrade(let id): "domain:\(id)"
    case .overallGrade: "grade"
    }
  }

  public init?(key text: String) {
    let key = text.trimmingWhitespace
    if key.hasPrefix("q:") {
      self = .answer(String(key.dropFirst(2)).trimmingWhitespace)
    } else if key.hasPrefix("domain:") {
      self = .domainGrade(String(key.dropFirst(7)).trimmingWhitespace)
    } else if key.hasPrefix("na:") {
      self = .notApplicable(String(key.dropFirst(3)).trimmingWhitespace)
    } else if key.hasPrefix("note:") {
      self = .evidence(String(key.dropFirst(5)).trimmingWhitespace)
    } else if let item = [
      ReturnItem.involved, .knownBecause, .workDone, .strengths, .gaps, .voice, .overallGrade,
    ]
    .first(where: { $0.key == key.lowercased() }) {
      self = item
    } else {
      return nil
    }
  }

  /// What the form asks.
  public func prompt(in theme: Theme) -> String {
    switch self {
    case .involved: "Was your agency involved with this child?"
    case .knownBecause: "Why did the child come to your agency's attention?"
    case .workDone: "What work did your agency do with the child and family?"
    case .strengths: "Strengths in your agency's practice"
    case .gaps: "Gaps, or what your agency could have done better"
    case .voice: "How were the voice and lived experience of the child heard and acted on?"
    case .notApplicable(let id):
      "Does the section “\(theme.domain(id)?.title ?? id)” not apply to your agency's work?"
    case .answer(let id): theme.question(id)?.text ?? id
    case .evidence(let id): "Evidence for: \(theme.question(id)?.text ?? id)"
    case .domainGrade(let id): "Your grade for \(theme.domain(id)?.title ?? id)"
    case .overallGrade: "Your overall grade for your agency's work on this case"
    }
  }

  /// How to answer.
  public func guidance(in theme: Theme) -> String {
    switch self {
    case .involved: return "yes or no; if no, leave the rest of this case blank"
    case .notApplicable: return "n/a if the whole section does not apply (then leave its questions blank)"
    case .answer(let id):
      guard let question = theme.question(id) else { return "" }
      let how =
        question.answerType == .text
        ? "free text"
        : "\(question.answerType.options.map(\.rawValue).joined(separator: " / ")), "
          + "then a colon and your evidence, e.g. \"\(question.answerType.options[0].rawValue): ...\""
      return question.guidance.isEmpty ? how : "\(how). Good looks like: \(question.guidance)"
    case .domainGrade: return "good / requires improvement / inadequate / n/a"
    case .overallGrade: return "good / requires improvement / inadequate"
    default: return ""
    }
  }
}

/// An audit theme agreed by the partnership's Executive, as written in a file under `Themes/`.
///
/// A theme says which cases qualify (`criteria`), what the agencies answer (`domains` and their
/// `questions`), what each grade means (`gradeDescriptors`), and how reports name the children
/// (`reportSubject`, e.g. "children on a child in need plan"). An audit keeps its own copy, so
/// editing the file later never changes an audit already created.
public struct Theme: Hashable, Sendable, Codable {
  public var id: String
  public var title: String
  public var version: Int
  public var description: String
  public var reportSubject: String
  public var criteria: [Criterion]
  public var domains: [ThemeDomain]
  public var gradeDescriptors: [Grade: String]

  public init(
    id: String, title: String, version: Int, description: String, reportSubject: String,
    criteria: [Criterion], domains: [ThemeDomain], gradeDescriptors: [Grade: String]
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.description = description
    self.reportSubject = reportSubject
    self.criteria = criteria
    self.domains = domains
    self.gradeDescriptors = gradeDescriptors
  }

  /// Every question, in domain order.
  public var questions: [Question] { domains.flatMap(\.questions) }

  public func domain(_ id: String) -> ThemeDomain? { domains.first { $0.id == id } }

  /// The first question with this id, in form order (found without copying every domain's
  /// questions into one list).
  public func question(_ id: String) -> Question? {
    for domain in domains {
      if let question = domain.questions.first(where: { $0.id == id }) { return question }
    }
    return nil
  }

  /// The domain that holds a question.
  public func domain(ofQuestion id: String) -> ThemeDomain? {
    domains.first { $0.questions.contains { $0.id == id } }
  }

  /// Whether a candidate meets every criterion on `today`.
  public func admits(_ candidate: CandidateCase, today: Day) -> Bool {
    criteria.allSatisfy { $0.admits(candidate, today: today) }
  }
}

/// One area of practice the panel grades, such as "Assessment" or "Voice of the child".
public struct ThemeDomain: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var questions: [Question]

  public init(id: String, title: String, questions: [Question]) {
    self.id = id
    self.title = title
    self.questions = questions
  }
}

/// A question each agency answers about its own file, with what good practice looks like.
public struct Question: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var text: String
  public var guidance: String
  public var answerType: AnswerType

  public init(id: String, text: String, guidance: String, answerType: AnswerType) {
    self.id = id
    self.text = text
    self.guidance = guidance
    self.answerType = answerType
  }

  /// An answer as typed: for a choice question, one of its choices, optionally followed by `:`
  /// and the evidence (`partly: the referral did not give the history`); for a free-text
  /// question, the text. Anything else is refused, naming the question and what was found.
  public func answer(parsing raw: String) throws(DomainError) -> Answer {
    guard answerType != .text else { return Answer(text: raw.trimmingWhitespace) }
    let parsed = Answer(parsing: raw)
    guard parsed.isBlank || parsed.choice.map(answerType.options.contains) == true else {
      let found = parsed.choice?.rawValue ?? raw.trimmingWhitespace
      throw .invalid(
        field: Field("answer \(id)"), value: found, reason: "is not \(answerType.choices)")
    }
    return parsed
  }
}

/// How a question is answered. Every choice question accepts n/a.
public enum AnswerType: String, Hashable, Sendable, Codable, CaseIterable {
  /// Yes / partly / no / not applicable, with an evidence note.
  case yesPartlyNo = "yes-partly-no"
  /// Yes / no / not applicable, with an evidence note.
  case yesNo = "yes-no"
  /// Free text.
  case text

  /// The choices offered, in form order; none for free text.
  public var options: [Answer.Choice] {
    switch self {
    case .yesPartlyNo: [.yes, .partly, .no, .notApplicable]
    case .yesNo: [.yes, .no, .notApplicable]
    case .text: []
    }
  }

  /// The choices in words: "yes/partly/no/n/a".
  public var choices: String {
    options.isEmpty ? "free text" : options.map(\.rawValue).joined(separator: "/")
  }

  /// Whether a stored answer is of this type: a choice, if made, is one of its choices (an
  /// evidence note without a choice is a draft's answer still to complete).
  public func accepts(_ answer: Answer) -> Bool {
    guard self != .text else { return answer.choice == nil }
    return answer.choice.map(options.contains) ?? true
  }

  /// Whether an answer is still to be given: no choice yet for a choice question, no text for
  /// a free-text one.
  public func isUnanswered(_ answer: Answer?) -> Bool {
    guard let answer else { return true }
    return self == .text ? answer.isBlank : answer.choice == nil
  }
}

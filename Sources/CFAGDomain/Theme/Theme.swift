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

  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

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
}

/// How a question is answered.
public enum AnswerType: String, Hashable, Sendable, Codable, CaseIterable {
  /// Yes / partly / no / not applicable, with an evidence note.
  case yesPartlyNo = "yes-partly-no"
  /// Free text.
  case text
}

/// One agency's audit of its own file for one case: the "audit tool" it fills in.
public struct AgencyReturn: Hashable, Sendable, Codable {
  public var reference: CaseReference
  /// Agency id.
  public var agency: String
  public var involved: Bool
  public var knownBecause: String
  public var workDone: String
  public var strengths: String
  public var gaps: String
  public var voiceOfChild: String
  /// Answers by question id.
  public var answers: [String: Answer]
  /// The agency's own grade per domain id.
  public var domainGrades: [String: DomainJudgement]
  public var overallGrade: Grade?

  public init(
    reference: CaseReference, agency: String, involved: Bool = true, knownBecause: String = "",
    workDone: String = "", strengths: String = "", gaps: String = "", voiceOfChild: String = "",
    answers: [String: Answer] = [:], domainGrades: [String: DomainJudgement] = [:],
    overallGrade: Grade? = nil
  ) {
    self.reference = reference
    self.agency = agency
    self.involved = involved
    self.knownBecause = knownBecause
    self.workDone = workDone
    self.strengths = strengths
    self.gaps = gaps
    self.voiceOfChild = voiceOfChild
    self.answers = answers
    self.domainGrades = domainGrades
    self.overallGrade = overallGrade
  }

  /// The problems that stop this return being accepted for `theme`, as `field: problem`.
  ///
  /// An agency that was not involved need answer nothing. An involved agency must say why the child
  /// came to its attention, answer every question, and give an overall self-grade.
  public func problems(against theme: Theme) -> [DomainError] {
    var problems: [DomainError] = []
    for id in answers.keys.sorted() where theme.question(id) == nil {
      problems.append(.invalid(field: "answer", value: id, reason: "is not a question of theme \(theme.id)"))
    }
    for id in domainGrades.keys.sorted() where theme.domain(id) == nil {
      problems.append(.invalid(field: "domain", value: id, reason: "is not a domain of theme \(theme.id)"))
    }
    for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
      if let question = theme.question(id), question.answerType == .yesPartlyNo, answer.choice == nil {
        problems.append(
          .invalid(field: "answer \(id)", value: answer.text, reason: "must be yes, partly, no or n/a"))
      }
    }
    guard involved else { return problems }
    if knownBecause.trimmingWhitespace.isEmpty {
      problems.append(
        .missing(field: "known_because", reason: "say why the child came to the agency's attention"))
    }
    for question in theme.questions where answers[question.id]?.isBlank ?? true {
      problems.append(.missing(field: "answer \(question.id)", reason: "\"\(question.text)\" is unanswered"))
    }
    if overallGrade == nil {
      problems.append(.missing(field: "grade", reason: "an involved agency gives its own overall grade"))
    }
    return problems
  }
}

/// An answer to a theme question.
public struct Answer: Hashable, Sendable, Codable {
  public var choice: Choice?
  /// The evidence note, or the whole answer for a free-text question.
  public var text: String

  public init(choice: Choice? = nil, text: String = "") {
    self.choice = choice
    self.text = text
  }

  /// Parses `yes`, `partly`, `no`, `n/a`, optionally followed by `:` and an evidence note. Anything
  /// else is kept as free text.
  public init(parsing raw: String) {
    let trimmed = raw.trimmingWhitespace
    let head = trimmed.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
    if let choice = Choice(parsing: head) {
      self.choice = choice
      self.text =
        trimmed.count > head.count ? String(trimmed.dropFirst(head.count + 1)).trimmingWhitespace : ""
    } else if let choice = Choice(parsing: trimmed) {
      self.choice = choice
      self.text = ""
    } else {
      self.choice = nil
      self.text = trimmed
    }
  }

  public var isBlank: Bool { choice == nil && text.trimmingWhitespace.isEmpty }

  /// `yes: evidence`, or the text alone.
  public var display: String {
    guard let choice else { return text }
    return text.isEmpty ? choice.rawValue : "\(choice.rawValue): \(text)"
  }

  public enum Choice: String, Hashable, Sendable, Codable, CaseIterable {
    case yes
    case partly
    case no
    case notApplicable = "n/a"

    public init?(parsing text: String) {
      switch text.lowercased().filter({ $0.isLetter }) {
      case "yes", "y": self = .yes
      case "partly", "partial", "partially", "p": self = .partly
      case "no", "n": self = .no
      case "na", "notapplicable": self = .notApplicable
      default: return nil
      }
    }
  }
}

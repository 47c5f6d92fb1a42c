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
  /// Domain ids the agency marked as not applying to its work with the child: their questions
  /// need no answer.
  public var notApplicable: Set<String>
  public var overallGrade: Grade?

  public init(
    reference: CaseReference, agency: String, involved: Bool = true, knownBecause: String = "",
    workDone: String = "", strengths: String = "", gaps: String = "", voiceOfChild: String = "",
    answers: [String: Answer] = [:], domainGrades: [String: DomainJudgement] = [:],
    notApplicable: Set<String> = [], overallGrade: Grade? = nil
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
    self.notApplicable = notApplicable
    self.overallGrade = overallGrade
  }

  /// What stops this return being stored at all for `theme`: ids the theme does not have, answers
  /// of the wrong kind, and answers or grades in a domain marked not applicable. A return with
  /// parts still to fill in is not refused: it is a draft (`missing(in:)`).
  public func problems(against theme: Theme) -> [DomainError] {
    var problems: [DomainError] = []
    for id in answers.keys.sorted() where theme.question(id) == nil {
      problems.append(.invalid(field: "answer", value: id, reason: "is not a question of theme \(theme.id)"))
    }
    for id in (Set(domainGrades.keys).union(notApplicable)).sorted() where theme.domain(id) == nil {
      problems.append(.invalid(field: "domain", value: id, reason: "is not a domain of theme \(theme.id)"))
    }
    for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
      guard let question = theme.question(id), !question.answerType.accepts(answer) else { continue }
      problems.append(
        .invalid(
          field: "answer \(id)", value: answer.choice?.rawValue ?? answer.text,
          reason: "is not \(question.answerType.choices)"))
    }
    for domain in theme.domains where notApplicable.contains(domain.id) {
      for question in domain.questions where !(answers[question.id]?.isBlank ?? true) {
        problems.append(
          .invalid(
            field: "answer \(question.id)", value: answers[question.id]!.display,
            reason: "is an answer in \(domain.title), which is marked not applicable: clear one of them"))
      }
      if let judgement = domainGrades[domain.id], judgement != .notApplicable {
        problems.append(
          .invalid(
            field: "domain \(domain.id)", value: judgement.description,
            reason: "grades \(domain.title), which is marked not applicable: clear one of them"))
      }
    }
    return problems
  }

  /// What is still to be filled in before the return is complete, in form order; empty when it
  /// is complete. An agency that was not involved need fill in nothing. An involved agency says
  /// why the child came to its attention, answers every question of the domains that apply, and
  /// gives its own overall grade.
  public func missing(in theme: Theme) -> [MissingPart] {
    guard involved else { return [] }
    var missing: [MissingPart] = []
    if knownBecause.trimmingWhitespace.isEmpty { missing.append(.knownBecause) }
    for domain in theme.domains where !notApplicable.contains(domain.id) {
      for question in domain.questions where question.answerType.isUnanswered(answers[question.id]) {
        missing.append(.answer(question.id))
      }
    }
    if overallGrade == nil { missing.append(.overallGrade) }
    return missing
  }

  /// Whether nothing is missing: a draft return is left out of the figures until it is complete.
  public func isComplete(in theme: Theme) -> Bool { missing(in: theme).isEmpty }
}

/// A part of a return still to be filled in.
public enum MissingPart: Hashable, Sendable {
  /// Why the child came to the agency's attention.
  case knownBecause
  /// The answer to a question, by id.
  case answer(String)
  case overallGrade

  /// The question id, for an answer.
  public var questionID: String? {
    if case .answer(let id) = self { return id }
    return nil
  }

  /// Short words for lists: `why known`, the question id, `grade`.
  public var label: String {
    switch self {
    case .knownBecause: "why known"
    case .answer(let id): id
    case .overallGrade: "grade"
    }
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
    // What comes before the first colon that has something before it ("yes" of "yes: seen").
    let colon = trimmed.indices.dropFirst().first { trimmed[$0] == ":" }
    if let colon, let choice = Choice(parsing: trimmed[..<colon]) {
      self.choice = choice
      self.text = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace
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

  /// A choice from a drop-down or typed: yes, partly, no, or not applicable.
  public enum Choice: String, Hashable, Sendable, Codable, CaseIterable {
    case yes
    case partly
    case no
    case notApplicable = "n/a"

    /// The letters of `text`, lower-cased, name a choice; a text of more letters than "notapplicable"
    /// is ruled out at its fourteenth letter, so a long free answer is not read to its end.
    public init?(parsing text: some StringProtocol) {
      var letters = ""
      for character in text where character.isLetter {
        guard letters.utf8.count < 13 else { return nil }
        letters += character.lowercased()
      }
      switch letters {
      case "yes", "y": self = .yes
      case "partly", "partial", "partially", "p": self = .partly
      case "no", "n": self = .no
      case "na", "notapplicable": self = .notApplicable
      default: return nil
      }
    }
  }
}

import CFAGDomain

/// `answers_json` values: a theme question's answer, `{"choice": "partly", "text": "..."}`.
struct StoredAnswer: Codable {
  var choice: String?
  var text: String

  enum CodingKeys: String, CodingKey { case choice, text }
}

extension StoredAnswer: JSONColumnElement {
  init(element: JSONColumnReader.Value) throws {
    let members = try element.members(of: "an answer")
    self.init(
      choice: members.member(CodingKeys.choice.rawValue), text: try members.required(CodingKeys.text.rawValue)
    )
  }
}

extension Answer: JSONColumnValue {
  var stored: StoredAnswer { StoredAnswer(choice: choice?.rawValue, text: text) }

  init(stored: StoredAnswer) throws {
    self.init(choice: try stored.choice.map { try StoredFormat.raw(Choice.self, $0) }, text: stored.text)
  }
}

/// `domain_grades_json` values: a grade's raw value or `n/a`.
extension DomainJudgement: JSONColumnValue {
  var stored: String { description }

  init(stored: String) throws {
    guard let judgement = DomainJudgement(parsing: stored) else {
      throw StoredValueError("holds \"\(stored)\", which is not a grade")
    }
    self = judgement
  }
}

/// `findings_json` elements: the tag's normal form.
extension FindingTag: JSONColumnValue {
  var stored: String { value }

  init(stored: String) { self.init(trusted: stored) }
}

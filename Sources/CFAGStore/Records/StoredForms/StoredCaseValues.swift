import CFAGDomain

/// `answers_json` values: a theme question's answer, `{"choice": "partly", "text": "..."}`.
struct StoredAnswer: Codable {
  var choice: String?
  var text: String

  enum CodingKeys: String, CodingKey { case choice, text }
}

extension StoredAnswer: JSONColumnElement {
  init(reading reader: inout JSONColumnReader) throws {
    var choice = FirstMember()
    var text = FirstMember()
    try reader.object(of: "an answer") { key, value in
      switch CodingKeys(rawValue: key) {
      case .choice: choice.take(value)
      case .text: text.take(value)
      case nil: break
      }
    }
    self.init(choice: choice.text, text: try text.required(CodingKeys.text.rawValue))
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

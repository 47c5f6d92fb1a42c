import CFAGDomain

/// `audit.theme_json`: the audit's copy of its theme.
struct StoredTheme: Codable {
  var format: Int?
  var id: String
  var title: String
  var version: Int
  var description: String
  var reportSubject: String
  var criteria: [StoredCriterion]
  var domains: [StoredDomain]
  /// Grade and descriptor alternately, in grade order: `["good", "...", "inadequate", "..."]`.
  var gradeDescriptors: [String]

  enum CodingKeys: String, CodingKey {
    case format, id, title, version, description, reportSubject, criteria, domains, gradeDescriptors
  }

  struct StoredDomain: Codable {
    var id: String
    var title: String
    var questions: [StoredQuestion]

    enum CodingKeys: String, CodingKey { case id, title, questions }
  }

  struct StoredQuestion: Codable {
    var id: String
    var text: String
    var guidance: String
    var answerType: String

    enum CodingKeys: String, CodingKey { case id, text, guidance, answerType }
  }
}

extension Theme: JSONColumnValue {
  var stored: StoredTheme {
    StoredTheme(
      format: StoredFormat.current, id: id, title: title, version: version, description: description,
      reportSubject: reportSubject, criteria: criteria.map(StoredCriterion.init),
      domains: domains.map { domain in
        StoredTheme.StoredDomain(
          id: domain.id, title: domain.title,
          questions: domain.questions.map {
            .init(id: $0.id, text: $0.text, guidance: $0.guidance, answerType: $0.answerType.rawValue)
          })
      },
      gradeDescriptors: Grade.allCases.flatMap { grade in
        gradeDescriptors[grade].map { [grade.rawValue, $0] } ?? []
      })
  }

  init(stored: StoredTheme) throws {
    try StoredFormat.check(stored.format)
    let pairs = stored.gradeDescriptors
    guard pairs.count % 2 == 0 else { throw StoredValueError("has a grade descriptor without its text") }
    var descriptors: [Grade: String] = [:]
    for index in stride(from: 0, to: pairs.count, by: 2) {
      descriptors[try StoredFormat.raw(Grade.self, pairs[index])] = pairs[index + 1]
    }
    self.init(
      id: stored.id, title: stored.title, version: stored.version, description: stored.description,
      reportSubject: stored.reportSubject, criteria: try stored.criteria.map { try $0.criterion },
      domains: try stored.domains.map { domain in
        ThemeDomain(
          id: domain.id, title: domain.title,
          questions: try domain.questions.map {
            Question(
              id: $0.id, text: $0.text, guidance: $0.guidance,
              answerType: try StoredFormat.raw(AnswerType.self, $0.answerType))
          })
      },
      gradeDescriptors: descriptors)
  }
}

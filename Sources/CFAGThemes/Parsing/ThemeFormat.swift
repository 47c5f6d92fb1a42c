import CFAGDomain

/// The vocabulary of a theme file: its keys, the values they take, and the partnership's guidance
/// on size. One place to read when changing the format.
enum ThemeFormat {
  static let topLevelKeys = [
    "id", "title", "version", "report_subject", "description", "criteria", "grades", "domains",
  ]
  static let requiredTopLevelKeys = [
    "id", "title", "version", "report_subject", "description", "grades", "domains",
  ]
  static let criteriaKeys = [
    "plan_type", "age_band", "gender", "team", "started_within_months", "known_to_any_of",
  ]
  static let domainKeys = ["id", "title", "questions"]
  static let questionKeys = ["id", "text", "answer", "good_looks_like"]

  /// The grade descriptor keys, in the order files list them.
  static let gradeKeys: [(key: String, grade: Grade)] = [
    ("good", .good), ("requires_improvement", .requiresImprovement), ("inadequate", .inadequate),
  ]

  /// The partnership's guidance: 6–8 domains, 3–6 questions in each.
  static let recommendedDomains = 6...8
  static let recommendedQuestions = 3...6

  /// `yes-partly-no` (also `yes/partly/no`, `ypn`), `yes-no` (also `yes/no`, `yn`) or `text`
  /// (also `free text`).
  static func answerType(parsing text: String) -> AnswerType? {
    switch text.lowercased().filter({ $0.isLetter }) {
    case "yespartlyno", "ypn": .yesPartlyNo
    case "yesno", "yn": .yesNo
    case "text", "freetext": .text
    default: nil
    }
  }

  /// Whether `text` is a slug: lower-case letters and digits in words joined by single hyphens,
  /// starting with a letter (`referral-timely`, `cp-plan-smart`).
  static func isSlug(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLowercase else { return false }
    let words = text.split(separator: "-", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }
  }

  /// A slug suggestion for a bad id: "Referral Timely" → "referral-timely".
  static func slug(from text: String) -> String {
    text.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
      .joined(separator: "-")
  }
}

/// Spots text that looks like personal data: full names, NHS numbers, dates of birth and phone
/// numbers. Used to refuse such values as case references and to warn when free text holds them.
///
/// It is a heuristic, tuned to catch the common slips (pasting a child's name or NHS number into
/// a rationale) without crying wolf at ordinary prose.
public enum PersonalDataDetector {
  /// What an identifier-like value looks like, or nil: "an NHS number", "a date", "a phone number".
  public static func identifierKind(_ text: String) -> String? {
    let digits = text.filter(\.isNumber)
    let others = text.filter { !$0.isNumber && $0 != " " && $0 != "-" }
    if digits.count == 10 && others.isEmpty { return "an NHS number" }
    if others.isEmpty && (digits.count == 11 || (digits.count == 13 && text.hasPrefix("+44"))) {
      return "a phone number"
    }
    if looksLikeDate(text) { return "a date" }
    return nil
  }

  /// Warnings for free text: each names what was seen, never repeats the value in full.
  public static func warnings(in text: String) -> [String] {
    var found: [String] = []
    let tokens = text.split(whereSeparator: { $0.isWhitespace || ",;()".contains($0) }).map(String.init)
    if tokens.contains(where: { identifierKind($0) == "a date" }) || hasDateOfBirthWords(text) {
      found.append("a date of birth")
    }
    if containsNHSNumber(text) { found.append("an NHS number") }
    if containsPhoneNumber(text) { found.append("a phone number") }
    if containsFullName(tokens) { found.append("a full name") }
    return found.map { "this text may contain \($0); case records must stay pseudonymous" }
  }

  static func looksLikeDate(_ text: String) -> Bool {
    let parts = text.split(whereSeparator: { "/-.".contains($0) })
    guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return false }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == 3 else { return false }
    if parts[0].count == 4 { return (1...12).contains(numbers[1]) && (1...31).contains(numbers[2]) }
    return (1...31).contains(numbers[0]) && (1...12).contains(numbers[1])
      && (parts[2].count == 2 || parts[2].count == 4)
  }

  static func hasDateOfBirthWords(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.contains("dob") && lower.contains(where: \.isNumber)
      || lower.contains("date of birth") && lower.contains(where: \.isNumber)
  }

  static func digitRuns(_ text: String) -> [String] {
    var runs: [String] = []
    var current = ""
    for character in text {
      if character.isNumber {
        current.append(character)
      } else if character == " " || character == "-" {
        if !current.isEmpty { current.append(character) }
      } else {
        if !current.isEmpty { runs.append(current) }
        current = ""
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs.map { String($0.filter(\.isNumber)) }
  }

  static func containsNHSNumber(_ text: String) -> Bool {
    digitRuns(text).contains { $0.count == 10 && isValidNHSChecksum($0) }
  }

  static func containsPhoneNumber(_ text: String) -> Bool {
    digitRuns(text).contains { $0.count == 11 && $0.hasPrefix("0") }
      || text.contains("+44")
  }

  /// The NHS number's modulus 11 check digit.
  static func isValidNHSChecksum(_ digits: String) -> Bool {
    let values = digits.compactMap(\.wholeNumberValue)
    guard values.count == 10 else { return false }
    let sum = (0..<9).reduce(0) { $0 + values[$1] * (10 - $1) }
    let check = 11 - sum % 11
    if check == 10 { return false }
    return (check == 11 ? 0 : check) == values[9]
  }

  /// Two or three capitalised words in a row, not at a sentence start, that are not common words
  /// of the trade ("Child Protection", "Kent Police").
  static func containsFullName(_ tokens: [String]) -> Bool {
    var run = 0
    for (index, token) in tokens.enumerated() {
      let word = token.trimmingCharacters(in: ".:!?'\"")
      let capitalised =
        word.count >= 2 && word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase)
        && !commonWords.contains(word.lowercased())
      let sentenceStart = index == 0 || tokens[index - 1].last.map { ".!?:".contains($0) } == true
      if capitalised && !(sentenceStart && run == 0) {
        run += 1
        if run >= 2 { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  static let commonWords: Set<String> = [
    "child", "children", "protection", "plan", "need", "early", "help", "police", "kent", "medway",
    "council", "nhs", "health", "school", "schools", "social", "care", "services", "trust", "team",
    "panel", "court", "family", "mother", "father", "mum", "dad", "baby", "health", "visitor", "gp",
    "looked", "after", "conference", "strategy", "meeting", "assessment", "pre", "birth", "domestic",
    "abuse", "neglect", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "the", "a", "an", "in", "on", "of", "and", "mscp", "cfag", "marac", "mash", "cin",
    "yot", "probation", "community", "foundation", "partnership", "safeguarding", "front", "door",
    "first", "response", "independent", "reviewing", "officer", "review", "england", "national",
    "service", "youth", "offending", "primary", "secondary", "college", "nursery", "hospital",
    "midwife", "midwifery", "maternity", "housing", "there", "this", "that", "it", "we", "they",
  ]
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }
}

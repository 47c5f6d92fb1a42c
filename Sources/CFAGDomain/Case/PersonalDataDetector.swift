/// Spots text that looks like personal data: names (a full name, or a title and surname), NHS
/// numbers, dates of birth, phone numbers, postcodes and e-mail addresses. Used to refuse such values
/// as case references and to warn when free text holds them.
///
/// It is a heuristic, tuned to catch the common slips (pasting a child's name or NHS number into
/// a rationale) without crying wolf at ordinary prose.
public enum PersonalDataDetector {
  /// What an identifier-like value looks like, or nil: an NHS number, a phone number, a date of
  /// birth or a postcode.
  public static func identifierKind(_ text: String) -> PersonalDataKind? {
    let digits = text.filter(\.isNumber)
    let others = text.filter { !$0.isNumber && $0 != " " && $0 != "-" }
    if digits.count == 10 && others.isEmpty { return .nhsNumber }
    if others.isEmpty && (digits.count == 11 || (digits.count == 13 && text.hasPrefix("+44"))) {
      return .phoneNumber
    }
    if looksLikeDate(text) { return .dateOfBirth }
    if isPostcode(text.filter { $0 != " " }) { return .postcode }
    return nil
  }

  /// The kinds of personal data free text seems to hold, each once, in a fixed order.
  public static func kinds(in text: String) -> [PersonalDataKind] {
    var found: [PersonalDataKind] = []
    let tokens = words(of: text)
    let marks = Marks(text)
    // Dates, NHS and phone numbers and postcodes all hold a digit: most prose has none, so their
    // checks are skipped for it; likewise an e-mail address needs an "@".
    if marks.digit {
      if tokens.contains(where: { looksLikeDate($0.trimmingCharacters(in: ".:")) })
        || hasDateOfBirthWords(text)
      {
        found.append(.dateOfBirth)
      }
      if containsNHSNumber(text) { found.append(.nhsNumber) }
      if containsPhoneNumber(text) { found.append(.phoneNumber) }
      if containsPostcode(tokens) { found.append(.postcode) }
    }
    if containsFullName(tokens) || containsTitledName(tokens) { found.append(.name) }
    if marks.at, tokens.contains(where: isEmail) { found.append(.email) }
    return PersonalDataKind.allCases.filter(found.contains)
  }

  /// Whether a text holds a number (`Character.isNumber`) and an "@", found in one pass over its
  /// UTF-8 bytes; a text with bytes beyond ASCII has its characters asked about numbers.
  struct Marks {
    var digit = false
    var at = false

    init(_ text: String) {
      var ascii = true
      var native = text  // made contiguous UTF-8 if it is not already
      native.withUTF8 { bytes in
        for byte in bytes {
          if byte >= 0x80 {
            ascii = false
          } else if byte &- 0x30 < 10 {
            digit = true
          } else if byte == UInt8(ascii: "@") {
            at = true
          }
        }
      }
      if !digit && !ascii { digit = text.contains(where: \.isNumber) }
    }
  }

  /// The words of `text`, split at whitespace and at `, ; ( )`: byte by byte when the text is ASCII
  /// (most is), where each byte is a character and "\r\n" splits alike.
  static func words(of text: String) -> [String] {
    guard isASCII(text) else {
      return text.split(whereSeparator: { $0.isWhitespace || ",;()".contains($0) }).map(String.init)
    }
    let separates: (UInt8) -> Bool = { byte in
      byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
        || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }
    // Cut in place where the bytes are contiguous (a native string's are).
    let cut = text.utf8.withContiguousStorageIfAvailable { bytes in
      var words: [String] = []
      // Room for a word every five bytes, about what prose has: one allocation, not one per doubling.
      words.reserveCapacity(bytes.count / 5 + 1)
      var start = 0
      for end in 0...bytes.count where end == bytes.count || separates(bytes[end]) {
        if end > start {
          words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        start = end + 1
      }
      return words
    }
    return cut ?? text.utf8.split(whereSeparator: separates).map { String(decoding: $0, as: UTF8.self) }
  }

  static func isASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
      ?? text.utf8.allSatisfy { $0 < 0x80 }
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

  /// Two capitalised words in a row that are not common words of the trade ("Child Protection",
  /// "Kent Police") nor, at a sentence start, a usual opening word ("Both Parents").
  static func containsFullName(_ tokens: [String]) -> Bool {
    var run = 0
    for (index, token) in tokens.enumerated() {
      // Most words start with a small letter (or a digit): not capitalised, whatever else holds.
      guard mayStartCapitalised(token) else {
        run = 0
        continue
      }
      let word = token.trimmingCharacters(in: ".:!?'\"")
      let sentenceStart = index == 0 || endsSentence(tokens[index - 1])
      let capitalised =
        isCapitalised(word) && !commonWords.contains(word.lowercased())
        && !(sentenceStart && openingWords.contains(word.lowercased()))
      run = capitalised ? (sentenceStart ? 1 : run + 1) : 0
      if run >= 2 { return true }
      if endsSentence(token) { run = 0 }
    }
    return false
  }

  /// Whether the first of `token`'s characters after any `. : ! ? ' "` can be a capital letter:
  /// false for an ASCII one that is not A to Z, true for any other.
  static func mayStartCapitalised(_ token: String) -> Bool {
    guard let first = token.utf8.first(where: { !trimmedPunctuation.contains($0) }) else { return false }
    return first >= 0x80 || (0x41...0x5A).contains(first)
  }

  /// The bytes `. : ! ? ' "`, trimmed from a word's ends before its capital is looked at.
  private static let trimmedPunctuation: [UInt8] = Array(".:!?'\"".utf8)

  /// Whether a word is two or more letters, the first a capital and the rest small.
  static func isCapitalised(_ word: String) -> Bool {
    guard isASCII(word) else {
      return word.count >= 2 && word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase)
    }
    return word.utf8.count >= 2 && (0x41...0x5A).contains(word.utf8.first!)
      && word.utf8.dropFirst().allSatisfy { (0x61...0x7A).contains($0) }
  }

  /// Whether a word ends with `. ! ? :`.
  static func endsSentence(_ word: String) -> Bool {
    guard isASCII(word) else { return word.last.map { ".!?:".contains($0) } == true }
    guard let last = word.utf8.last else { return false }
    return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
      || last == UInt8(ascii: ":")
  }

  /// A title followed by a capitalised word: "Mr Smith", "Mrs. Jones", "Dr Patel".
  static func containsTitledName(_ tokens: [String]) -> Bool {
    zip(tokens, tokens.dropFirst()).contains { title, name in
      isTitle(title) && name.first?.isUppercase == true && name.dropFirst().contains(where: \.isLowercase)
    }
  }

  /// "Mr", "mrs.", "Dr": a title in any case, with dots around it. An ASCII word is lower-cased only
  /// when it is short enough to be one and starts with a title's first letter.
  static func isTitle(_ word: String) -> Bool {
    // Most words are ruled out by their first letter, before anything else is looked at.
    guard let first = word.utf8.first(where: { $0 != UInt8(ascii: ".") }),
      first >= 0x80 || isTitleInitial(first)
    else { return false }
    guard isASCII(word) else { return titles.contains(word.lowercased().trimmingCharacters(in: ".")) }
    let letters = word.trimmingCharacters(in: ".")
    // Most words are ruled out by their first letter before they are lower-cased.
    guard letters.utf8.count <= 6, let first = letters.utf8.first, isTitleInitial(first) else {
      return false
    }
    return titles.contains(letters.lowercased())
  }

  static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "master"]
  /// The first letters of the titles (lower-case ASCII), a bit each from "a".
  private static let titleInitials: UInt32 = titles.reduce(0) { $0 | 1 << ($1.utf8.first! - 0x61) }

  /// Whether a byte, made lower case, is the first letter of a title.
  private static func isTitleInitial(_ byte: UInt8) -> Bool {
    let letter = (byte | 0x20) &- 0x61
    return letter < 26 && titleInitials & 1 << letter != 0
  }

  /// A UK postcode: "ME4 4TR", "me44tr", "SW1A 1AA".
  static func containsPostcode(_ tokens: [String]) -> Bool {
    let words = tokens.map { $0.trimmingCharacters(in: ".:!?'\"") }
    for (index, word) in words.enumerated() {
      if isPostcode(word) { return true }
      if index + 1 < words.count, isOutwardCode(word), isInwardCode(words[index + 1]) { return true }
    }
    return false
  }

  /// A whole postcode without its space.
  public static func isPostcode(_ text: String) -> Bool {
    // More than seven ASCII bytes, none a CR (which makes one character with a LF), are more than
    // seven characters: most case references are ruled out here without walking characters.
    let isLongASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.count > 7 && bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
    if isLongASCII == true { return false }
    let upper = Array(text.uppercased())
    guard (5...7).contains(upper.count) else { return false }
    return isOutwardCode(String(upper.dropLast(3))) && isInwardCode(String(upper.suffix(3)))
  }

  /// The first half: one or two letters, a digit, then an optional letter or digit ("ME4", "SW1A").
  static func isOutwardCode(_ text: String) -> Bool {
    let characters = Array(text.uppercased())
    guard (2...4).contains(characters.count), characters[0].isASCII, characters[0].isLetter else {
      return false
    }
    let letters = characters[1].isLetter ? 2 : 1
    guard letters < characters.count, characters[letters].isNumber else { return false }
    return characters.dropFirst(letters + 1).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      && characters.count - letters - 1 <= 1 && characters.prefix(letters).allSatisfy(\.isLetter)
  }

  /// The second half: a digit and two letters ("4TR").
  static func isInwardCode(_ text: String) -> Bool {
    let characters = Array(text.uppercased())
    return characters.count == 3 && characters[0].isNumber && characters[1].isASCII && characters[1].isLetter
      && characters[2].isASCII && characters[2].isLetter
  }

  public static func isEmail(_ token: String) -> Bool {
    let parts = token.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty else { return false }
    let domain = String(parts[1]).trimmingCharacters(in: ".")
    return domain.contains(".") && !domain.hasPrefix(".") && domain.count >= 3
  }

  /// Words that open ordinary sentences, so "Both Parents" is not taken for a name.
  static let openingWords: Set<String> = [
    "all", "although", "after", "as", "at", "before", "both", "by", "during", "each", "every", "for",
    "following", "from", "further", "good", "her", "his", "however", "if", "its", "no", "once", "our",
    "overall", "since", "some", "their", "these", "those", "when", "where", "while", "with", "without",
    "yes", "not", "one", "two", "three", "records", "evidence", "work", "practice", "strong", "clear",
    "limited", "little", "poor", "timely", "delayed", "several", "many", "most", "other", "key",
  ]

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
    "good", "practice", "requires", "improvement", "inadequate", "outstanding", "ofsted", "gp's",
    "he", "she", "his", "her", "him", "parents", "parent", "carer", "carers", "sibling", "siblings",
    "case", "cases", "plans", "visits", "visit", "home", "multi", "agency", "agencies", "lead",
    "professional", "manager", "management", "supervision", "oversight", "voice", "lived",
    "experience", "recommendation", "action", "actions", "referral", "section", "core", "group",
    "education", "virtual", "head", "designated", "nurse", "officer", "adult", "adults", "mental",
    "substance", "misuse", "drugs", "alcohol", "stepdown", "step", "down", "closed", "saturday", "sunday",
  ]
}

extension String {
  /// The text without the characters of `set` (ASCII) at either end: byte by byte for ASCII text.
  fileprivate func trimmingCharacters(in set: String) -> String {
    if PersonalDataDetector.isASCII(self) {
      let bytes = utf8
      guard let first = bytes.firstIndex(where: { !set.utf8.contains($0) }) else { return "" }
      let last = bytes.lastIndex(where: { !set.utf8.contains($0) })!
      return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex)
        ? self : String(self[first...last])
    }
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }
}

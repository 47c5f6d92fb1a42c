import CFAGDomain

extension OverviewReport {
  /// How the audit was done, told as the partnership's annual report tells it (004 §5.17): how
  /// the cases were chosen (from the draw record), which agencies audited their files, and the
  /// panel's day.
  var methodParagraphs: [String] {
    [selectionParagraph, returnsParagraph, meetingParagraph].filter { !$0.isEmpty }
  }

  private var selectionParagraph: String {
    let criteria = method.criteria.isEmpty ? "" : " (\(method.criteria.joined(separator: "; ")))"
    var sentences: [String] = []
    if method.cases == 0 {
      sentences.append("No cases have been chosen for this audit yet.")
    } else if let pool = method.poolSize, method.randomCases > 0 {
      let spread = method.stratifiedBy.map { ", in proportion to the \($0)s on the list" } ?? ""
      let chosen =
        method.randomCases == method.cases
        ? ", selected at random"
        : ". \(NumberWords.word(method.randomCases).capitalisedFirst) "
          + "\(method.randomCases == 1 ? "was" : "were") selected at random"
      sentences.append(
        "The audit looked at \(NumberWords.inWords(method.cases, "case"))"
          + "\(chosen) from a list of \(NumberWords.inWords(pool, "case")) that met the criteria of "
          + "the theme\(criteria)\(spread).")
    } else {
      sentences.append(
        "The audit looked at \(NumberWords.inWords(method.cases, "case")), "
          + "chosen by the group rather than drawn at random"
          + (criteria.isEmpty ? "." : " from those meeting the criteria of the theme\(criteria)."))
    }
    sentences += method.reservesUsed.map { "\($0.capitalisedFirst) was brought in from the reserve list." }
    sentences += method.casesTakenOut.map { $0.hasSuffix(".") ? $0 : $0 + "." }
    let reasons = method.manualAdditions.map(\.text).uniquedInOrder
    if reasons.count == 1, method.manualAdditions.count == method.cases, method.randomCases == 0 {
      // Every case was chosen by hand, for one reason: say it once.
      sentences.append("The group's reason: \(reasons[0].sentence)")
    } else {
      sentences += reasons.map { reason in
        let labels = method.manualAdditions.filter { $0.text == reason }.map(\.label)
        return
          "\(labels.joinedAsList) \(labels.count == 1 ? "was" : "were") added by the group: \(reason.sentence)"
      }
    }
    return sentences.joined(separator: " ")
  }

  private var returnsParagraph: String {
    let returns = method.returns
    var sentences = [
      "Partner agencies were asked to audit their own case files and complete the partnership's case file "
        + "audit tool."
    ]
    if returns.returned.isEmpty {
      sentences.append("No agency has yet returned an audit on a case it was involved in.")
    } else {
      let names = returns.returned.map { "\($0.agency) (\(NumberWords.count($0.cases, "case")))" }
      sentences.append("Audits were returned by \(names.joinedAsList).")
      for count in returns.returned where !count.notApplicable.isEmpty {
        let sections = count.notApplicable.map { "\($0.domain) (\(NumberWords.count($0.cases, "case")))" }
        sentences.append(
          "\(count.agency) said \(sections.count == 1 ? "this section" : "these sections") did not apply: "
            + "\(sections.joinedAsList).")
      }
    }
    if !returns.notInvolved.isEmpty {
      let names = returns.notInvolved.map(\.agency)
      sentences.append(
        "\(names.joinedAsList) returned saying \(names.count == 1 ? "it was" : "they were") not involved "
          + "with any of the children.")
    }
    if !returns.neverReturned.isEmpty {
      let names = returns.neverReturned
      sentences.append(
        "\(names.joinedAsList) \(names.count == 1 ? "is a panel agency that" : "are panel agencies that") "
          + "did not return an audit.")
    }
    return sentences.joined(separator: " ")
  }

  private var meetingParagraph: String {
    let chair = title.chair.map { ", chaired by \($0)," } ?? ""
    guard method.meetingHeld else {
      return "The audit panel meets on \(title.meetingDate.long)\(chair) to review the cases together."
    }
    return "The audit panel met on \(title.meetingDate.long)\(chair) and spent the day reviewing the cases. "
      + "Partners presented the reasons why each child came to their attention and the work done with the "
      + "child and family; the panel then scrutinised each case on the quality of the work overall from a "
      + "multi-agency perspective."
  }
}

/// A short quotation from a longer text: the sentence that shares most words with what it is
/// quoted for (the first on a tie), cut at a word when it runs long.
enum Quote {
  static let words = 30

  static func short(_ text: String, about subject: String) -> String {
    let flat = text.oneLine.trimmingWhitespace
    let keys = stems(subject)
    let keyBytes = keys.map { Array($0.utf8) }
    var sentence = flat
    var bestScore = -1
    for candidate in flat.sentences {
      let score = score(candidate, keys: keys, keyBytes: keyBytes)
      if score > bestScore { (sentence, bestScore) = (candidate, score) }
    }
    let parts = sentence.split(separator: " ")
    guard parts.count > words else { return sentence }
    return parts.prefix(words - 2).joined(separator: " ") + " \u{2026}"
  }

  /// How many of `keys` (whose UTF-8 bytes are `keyBytes`) are stems of `text`. In ASCII text each
  /// stem is compared with the keys as it is cut, rather than gathered into a set of strings.
  static func score(_ text: String, keys: Set<String>, keyBytes: [[UInt8]]) -> Int {
    guard keyBytes.count <= UInt64.bitWidth, text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return stems(text).intersection(keys).count
    }
    var found: UInt64 = 0
    asciiStems(text) { stem in
      for (index, key) in keyBytes.enumerated() where key.elementsEqual(stem) { found |= 1 << index }
    }
    return found.nonzeroBitCount
  }

  /// The words of four letters or more, cut to their first five letters ("fathers" and "father"
  /// match).
  static func stems(_ text: String) -> Set<String> {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return Set(
        text.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map { String($0.prefix(5)) })
    }
    var stems = Set<String>()
    asciiStems(text) { stems.insert(String(decoding: $0, as: UTF8.self)) }
    return stems
  }

  /// Each stem of ASCII text, lower-cased, in order: a byte is a character and the letters are A to
  /// Z, so the words are cut byte by byte rather than by looking up each character's properties.
  private static func asciiStems(_ text: String, _ body: ([UInt8]) -> Void) {
    var stem: [UInt8] = []
    stem.reserveCapacity(5)
    var length = 0
    for byte in text.utf8 {
      let lower = byte | 0x20
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) {
        if length < 5 { stem.append(lower) }
        length += 1
        continue
      }
      if length >= 4 { body(stem) }
      stem.removeAll(keepingCapacity: true)
      length = 0
    }
    if length >= 4 { body(stem) }
  }
}

extension [String] {
  /// "A", "A and B", "A, B and C".
  var joinedAsList: String {
    guard count > 1 else { return first ?? "" }
    return dropLast().joined(separator: ", ") + " and " + last!
  }
}

extension String {
  /// The text split after each full stop, question or exclamation mark that ends a sentence.
  var sentences: [String] {
    var result: [String] = []
    if utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII, as most text is: a byte is a character, so the sentences are cut as byte ranges
      // rather than built up a character at a time.
      let bytes = Array(utf8)
      var start = 0
      for index in bytes.indices.dropFirst()
      where bytes[index] == UInt8(ascii: " ") && ".!?".utf8.contains(bytes[index - 1]) {
        result.append(String(decoding: bytes[start..<index], as: UTF8.self))
        start = index + 1
      }
      let last = String(decoding: bytes[start...], as: UTF8.self)
      if !last.trimmingWhitespace.isEmpty { result.append(last) }
      return result
    }
    var current = ""
    var previous: Character?
    for character in self {
      if character == " ", let previous, ".!?".contains(previous) {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.trimmingWhitespace.isEmpty { result.append(current) }
    return result
  }

  /// The text ending in a full stop (or the mark it already ends with).
  var sentence: String {
    let trimmed = trimmingWhitespace
    return trimmed.last.map { ".!?".contains($0) } ?? true ? trimmed : trimmed + "."
  }
}

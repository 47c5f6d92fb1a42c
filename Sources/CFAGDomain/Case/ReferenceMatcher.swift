/// Finds case references in free text in any form people type them: any case, a space, a hyphen
/// (plain, non-breaking or a dash), an underscore or nothing between letters and digits
/// ("mc-1002", "MC 1002", "MC1002", "MC‑1002" all name `MC-1002`). The one matcher behind the
/// personal-data warnings and the reports' anonymiser.
public struct ReferenceMatcher: Sendable {
  /// Each reference with its parts: runs of letters or of digits, lower-cased.
  private let patterns: [(reference: CaseReference, parts: [[Character]])]
  /// The same parts as bytes when every reference is ASCII (as references are): ASCII text, the
  /// usual kind, is then matched byte by byte instead of character by character.
  private let asciiPatterns: [(reference: CaseReference, parts: [[UInt8]])]?
  /// Whether every reference holds an ASCII digit: then a text without one holds no reference
  /// (most free text the anonymiser and the personal-data check see).
  private let needsDigit: Bool

  public init(_ references: some Sequence<CaseReference>) {
    let unique = Set(references).sorted()
    if unique.allSatisfy({ $0.value.utf8.allSatisfy { $0 < 0x80 } }) {
      // ASCII, as references are: each is cut into parts byte by byte, and its characters are
      // made from its bytes rather than each looked up.
      let bytes = Self.longestFirst(unique.map { ($0, Self.asciiParts(of: $0.value)) })
      patterns = bytes.map { ($0.reference, $0.parts.map { $0.map { Character(Unicode.Scalar($0)) } }) }
      asciiPatterns = bytes
    } else {
      patterns = Self.longestFirst(unique.map { ($0, Self.parts(of: $0.value)) })
      let bytes = patterns.map { pattern in
        (pattern.reference, pattern.parts.map { part in part.compactMap(\.asciiValue) })
      }
      let allASCII = zip(patterns, bytes).allSatisfy { pattern, ascii in
        pattern.parts.map(\.count) == ascii.1.map(\.count)
      }
      asciiPatterns = allASCII ? bytes : nil
    }
    needsDigit =
      asciiPatterns?.allSatisfy { $0.parts.contains { $0.contains { (0x30...0x39).contains($0) } } }
      ?? patterns.allSatisfy { $0.parts.joined().contains { $0.isASCII && $0.isNumber } }
  }

  /// The references that have parts, the longest first (by their parts' total length, each counted
  /// once rather than in every comparison).
  private static func longestFirst<Element>(_ references: [(CaseReference, [[Element]])])
    -> [(reference: CaseReference, parts: [[Element]])]
  {
    references.filter { !$0.1.isEmpty }.map { ($0.0, $0.1, $0.1.reduce(0) { $0 + $1.count }) }
      .sorted { $0.2 > $1.2 }.map { ($0.0, $0.1) }
  }

  /// A match: which reference, where, and how it was written.
  public struct Match: Sendable {
    public var reference: CaseReference
    public var range: Range<String.Index>
    public var written: String
  }

  /// Every reference in `text`, in order, none overlapping.
  public func matches(in text: String) -> [Match] {
    guard !patterns.isEmpty, !needsDigit || text.utf8.contains(where: { (0x30...0x39).contains($0) }) else {
      return []
    }
    if let asciiPatterns, text.utf8.allSatisfy({ $0 < 0x80 }) {
      // In ASCII text each byte is a character ("\r\n" aside, which neither matches nor separates).
      let lowered = text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
      let start = text.utf8.startIndex
      return Self.scan(lowered, asciiPatterns, isWordCharacter: Self.isASCIILetterOrDigit) {
        Self.asciiSeparators.contains($0)
      }.map { reference, offsets in
        let range =
          text.utf8.index(
            start, offsetBy: offsets.lowerBound)..<text.utf8.index(start, offsetBy: offsets.upperBound)
        return Match(reference: reference, range: range, written: String(text[range]))
      }
    }
    let lowered = text.map { Character($0.lowercased()) }
    var indices = Array(text.indices)
    indices.append(text.endIndex)
    return Self.scan(lowered, patterns, isWordCharacter: { $0.isLetter || $0.isNumber }) {
      Self.separators.contains($0)
    }.map { reference, offsets in
      let range = indices[offsets.lowerBound]..<indices[offsets.upperBound]
      return Match(reference: reference, range: range, written: String(text[range]))
    }
  }

  /// The matches in lower-cased `text` (characters or ASCII bytes) as offsets, in order, none
  /// overlapping: the longest reference first at each word start.
  private static func scan<Element: Equatable>(
    _ text: [Element], _ patterns: [(reference: CaseReference, parts: [[Element]])],
    isWordCharacter: (Element) -> Bool, isSeparator: (Element) -> Bool
  ) -> [(CaseReference, Range<Int>)] {
    var matches: [(CaseReference, Range<Int>)] = []
    // A match starts with its pattern's first element: the others are not tried there.
    let firsts = patterns.map { $0.parts[0][0] }
    var position = 0
    while position < text.count {
      guard position == 0 || !isWordCharacter(text[position - 1]) else {
        position += 1
        continue
      }
      var found: (CaseReference, Int)?
      for (index, first) in firsts.enumerated() where first == text[position] {
        if let end = match(patterns[index].parts, in: text, at: position, isWordCharacter, isSeparator) {
          found = (patterns[index].reference, end)
          break
        }
      }
      if let (reference, end) = found {
        matches.append((reference, position..<end))
        position = end
      } else {
        position += 1
      }
    }
    return matches
  }

  /// Where a match of `parts` starting at `start` ends, if it does and ends a word.
  private static func match<Element: Equatable>(
    _ parts: [[Element]], in text: [Element], at start: Int, _ isWordCharacter: (Element) -> Bool,
    _ isSeparator: (Element) -> Bool
  ) -> Int? {
    var position = start
    for (index, part) in parts.enumerated() {
      if index > 0, position < text.count, isSeparator(text[position]) { position += 1 }
      guard position + part.count <= text.count, text[position..<position + part.count].elementsEqual(part)
      else { return nil }
      position += part.count
    }
    if position < text.count && isWordCharacter(text[position]) { return nil }
    return position
  }

  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// A reference's letters and digits, lower-cased ("MC-1002", "mc 1002" → "mc1002"): how two
  /// spellings of one reference compare.
  public static func key(of text: String) -> String {
    // ASCII (every reference but a rare one) is keyed byte by byte; the general way walks
    // characters, which was a tenth of the time to build the search index.
    var text = text
    let ascii: String? = text.withUTF8 { utf8 in
      guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
      let kept = utf8.compactMap { byte -> UInt8? in
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        default: nil
        }
      }
      return String(decoding: kept, as: UTF8.self)
    }
    return ascii ?? parts(of: text).map { String($0) }.joined()
  }

  /// "MC-1002" → ["mc", "1002"]: letters and digits in runs; other characters only separate.
  static func parts(of reference: String) -> [[Character]] {
    guard reference.utf8.allSatisfy({ $0 < 0x80 }) else {
      return runs(reference.lowercased()) { $0.isNumber ? ($0, true) : $0.isLetter ? ($0, false) : nil }
    }
    return asciiParts(of: reference).map { $0.map { Character(Unicode.Scalar($0)) } }
  }

  /// `parts(of:)` of ASCII text, as lower-cased bytes: the letters are A to Z and the digits 0 to
  /// 9, so the runs are cut byte by byte without looking up each character's properties.
  private static func asciiParts(of reference: String) -> [[UInt8]] {
    runs(reference.utf8) { byte in
      let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      let isDigit = (0x30...0x39).contains(lower)
      return isDigit || (0x61...0x7A).contains(lower) ? (lower, isDigit) : nil
    }
  }

  /// The runs of letters and of digits in `elements`, as `classify` reads each: the lower-cased
  /// character (or byte) and whether it is a digit, or nil for a separator.
  private static func runs<Elements: Sequence, Part>(
    _ elements: Elements, _ classify: (Elements.Element) -> (Part, isDigit: Bool)?
  ) -> [[Part]] {
    var parts: [[Part]] = []
    var current: [Part] = []
    var currentIsDigit = false
    for element in elements {
      guard let (character, isDigit) = classify(element) else {
        if !current.isEmpty { parts.append(current) }
        current = []
        continue
      }
      if !current.isEmpty && isDigit != currentIsDigit {
        parts.append(current)
        current = []
      }
      current.append(character)
      currentIsDigit = isDigit
    }
    if !current.isEmpty { parts.append(current) }
    return parts
  }

  /// The ASCII ones of `separators`.
  private static let asciiSeparators = Set(separators.compactMap(\.asciiValue))

  /// What people put between a reference's letters and digits.
  static let separators: Set<Character> = [
    " ", "-", "_", "/", ".", "\u{00A0}", "\u{202F}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}",
    "\u{2014}",
  ]
}

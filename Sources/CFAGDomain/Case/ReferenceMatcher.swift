/// Finds case references in free text in any form people type them: any case, a space, a hyphen
/// (plain, non-breaking or a dash), an underscore or nothing between letters and digits
/// ("mc-1002", "MC 1002", "MC1002", "MC‑1002" all name `MC-1002`). The one matcher behind the
/// personal-data warnings and the reports' anonymiser.
public struct ReferenceMatcher: Sendable {
  /// Each reference with its parts: runs of letters or of digits, lower-cased.
  private let patterns: [(reference: CaseReference, parts: [[Character]])]
  /// Whether every reference has an ASCII digit: then text without one holds no reference.
  private let needsDigit: Bool
  /// The characters a reference can start with, lower-cased: only there is a match tried.
  private let starts: [Character]

  public init(_ references: some Sequence<CaseReference>) {
    patterns = Set(references).sorted().compactMap { reference in
      let parts = Self.parts(of: reference.value)
      return parts.isEmpty ? nil : (reference, parts)
    }
    .sorted { $0.parts.joined().count > $1.parts.joined().count }
    starts = Array(Set(patterns.compactMap { $0.parts.first?.first }))
    needsDigit = patterns.allSatisfy {
      $0.parts.joined().contains { $0.asciiValue.map(Self.isDigit) ?? false }
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  /// A match: which reference, where, and how it was written.
  public struct Match: Sendable {
    public var reference: CaseReference
    public var range: Range<String.Index>
    public var written: String
  }

  /// Every reference in `text`, in order, none overlapping.
  public func matches(in text: String) -> [Match] {
    guard !patterns.isEmpty, !needsDigit || text.utf8.contains(where: Self.isDigit) else { return [] }
    let characters = Array(text)
    let lowered = characters.map { Character($0.lowercased()) }
    var indices = Array(text.indices)
    indices.append(text.endIndex)
    var found: [Match] = []
    var position = 0
    while position < characters.count {
      guard starts.contains(lowered[position]), Self.isWordStart(characters, position) else {
        position += 1
        continue
      }
      if let (reference, end) = longestMatch(lowered, at: position) {
        let range = indices[position]..<indices[end]
        found.append(Match(reference: reference, range: range, written: String(text[range])))
        position = end
      } else {
        position += 1
      }
    }
    return found
  }

  private func longestMatch(_ text: [Character], at start: Int) -> (CaseReference, Int)? {
    for pattern in patterns {
      if let end = Self.match(pattern.parts, in: text, at: start) { return (pattern.reference, end) }
    }
    return nil
  }

  /// Where a match of `parts` starting at `start` ends, if it does and ends a word.
  private static func match(_ parts: [[Character]], in text: [Character], at start: Int) -> Int? {
    var position = start
    for (index, part) in parts.enumerated() {
      if index > 0, position < text.count, separators.contains(text[position]) { position += 1 }
      guard position + part.count <= text.count, text[position..<position + part.count].elementsEqual(part)
      else { return nil }
      position += part.count
    }
    if position < text.count && (text[position].isLetter || text[position].isNumber) { return nil }
    return position
  }

  private static func isWordStart(_ text: [Character], _ position: Int) -> Bool {
    position == 0 || !(text[position - 1].isLetter || text[position - 1].isNumber)
  }

  /// A reference's letters and digits, lower-cased ("MC-1002", "mc 1002" → "mc1002"): how two
  /// spellings of one reference compare.
  public static func key(of text: String) -> String {
    parts(of: text).map { String($0) }.joined()
  }

  /// "MC-1002" → ["mc", "1002"]: letters and digits in runs; other characters only separate.
  static func parts(of reference: String) -> [[Character]] {
    var parts: [[Character]] = []
    var current: [Character] = []
    var currentIsDigit = false
    for character in reference.lowercased() {
      let isDigit = character.isNumber
      guard character.isLetter || isDigit else {
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

  /// What people put between a reference's letters and digits.
  static let separators: Set<Character> = [
    " ", "-", "_", "/", ".", "\u{00A0}", "\u{202F}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}",
    "\u{2014}",
  ]
}

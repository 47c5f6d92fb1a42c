import CFAGDomain

extension Array where Element: Hashable {
  /// The elements without repeats, first occurrence kept.
  var uniquedInOrder: [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}

/// Small numbers in words, as the partnership's annual report writes them.
enum NumberWords {
  static func word(_ number: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return number >= 0 && number < words.count ? words[number] : "\(number)"
  }

  /// "one case", "six cases", "30 cases": the number in words up to ten, as reports write it.
  static func inWords(_ number: Int, _ noun: String) -> String {
    "\(word(number)) \(number == 1 ? noun : noun + "s")"
  }

  /// "1 case", "3 cases".
  static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
    "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
  }
}

extension String {
  /// The text trimmed, or nil when nothing is left.
  var nonEmpty: String? {
    let trimmed = trimmingWhitespace
    return trimmed.isEmpty ? nil : trimmed
  }
}

extension String {
  /// The lines joined with a space, blank ones left out. Text without a byte of a line break (most
  /// of it) is returned as it is, without being split into characters.
  var oneLine: String {
    guard utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 })
    else { return self }
    return split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}

/// Finds the word someone probably meant when they mistype a key, for "did you mean" hints.
enum Suggestion {
  /// The closest of `candidates` to `word`: the same letters in another spelling
  /// (`reportSubject`, `Report-Subject`) or within a couple of typing slips (`titel`).
  static func closest(to word: String, in candidates: [String]) -> String? {
    let key = squash(word)
    if let same = candidates.first(where: { squash($0) == key }) { return same }
    let limit = key.count <= 4 ? 1 : 2
    let scored = candidates.map { ($0, distance(key, squash($0))) }.filter { $0.1 <= limit }
    return scored.min { $0.1 < $1.1 }?.0
  }

  /// `" (did you mean 'title'?)"`, or nothing when no candidate is close.
  static func hint(for word: String, in candidates: [String]) -> String {
    closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }

  private static func squash(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// Levenshtein distance, counting an adjacent swap as one slip.
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[a.count][b.count]
  }
}

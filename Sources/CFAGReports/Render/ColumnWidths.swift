/// Column widths worked out from a table's content, so no word is broken across lines when the
/// page allows it: each column gets at least its longest word, and what is left of the page goes
/// to the columns whose text is longer than that, by how much longer it is on average, never more
/// than a column's longest text needs.
enum ColumnWidths {
  /// Widths in the unit of `total`, summing to `total`: `characterWidth` is an average
  /// character's width and `padding` a cell's left and right margins, in the same unit. Each
  /// column is its header (set in bold, about a fifth wider) then its cells.
  static func widths(of columns: [[String]], total: Int, characterWidth: Int, padding: Int) -> [Int] {
    guard !columns.isEmpty else { return [] }
    let measures = columns.map { $0.map(measure) }
    let longestWord = measures.map { texts in
      let words = texts.dropFirst().compactMap(\.longestWord)
      let header = texts.first?.longestWord.map { ($0 * 6 + 4) / 5 }
      return (words + (header.map { [$0] } ?? [])).max() ?? 1
    }
    var widths = longestWord.map { $0 * characterWidth + padding }
    guard widths.reduce(0, +) < total else { return fitted(widths, to: total) }
    let full = measures.map { texts in (texts.map(\.length).max() ?? 1) * characterWidth + padding }
    // How far a column's average text runs past its longest word: where wrapping costs lines.
    let weights = columns.indices.map { index in
      let average = measures[index].map(\.length).reduce(0, +) / max(1, measures[index].count)
      return max(1, average - longestWord[index])
    }
    var spare = total - widths.reduce(0, +)
    var open = Set(columns.indices.filter { widths[$0] < full[$0] })
    while spare > 0 && !open.isEmpty {
      let weightTotal = open.map { weights[$0] }.reduce(0, +)
      var given = 0
      for index in open.sorted() {
        let share = min(spare * weights[index] / weightTotal, full[index] - widths[index])
        widths[index] += share
        given += share
        if widths[index] >= full[index] { open.remove(index) }
      }
      spare -= given
      if given == 0 { break }
    }
    // Left over once every column holds its longest text on one line: shared in proportion.
    return fitted(widths, to: total)
  }

  /// A text's length and its longest word's (nil when it has none), in characters. ASCII text
  /// without a carriage return (most of it) is measured byte by byte: there a byte is a character
  /// and white space is ASCII white space.
  static func measure(_ text: String) -> (length: Int, longestWord: Int?) {
    guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      return (text.count, text.split(whereSeparator: \.isWhitespace).map(\.count).max())
    }
    var longest: Int?
    var run = 0
    for byte in text.utf8 {
      if byte == 0x20 || (0x09...0x0C).contains(byte) {
        if run > 0 { longest = max(longest ?? 0, run) }
        run = 0
      } else {
        run += 1
      }
    }
    if run > 0 { longest = max(longest ?? 0, run) }
    return (text.utf8.count, longest)
  }

  /// The widths scaled to sum to `total` exactly, the rounding left in the widest column.
  static func fitted(_ widths: [Int], to total: Int) -> [Int] {
    let sum = max(1, widths.reduce(0, +))
    var scaled = widths.map { $0 * total / sum }
    if let widest = scaled.indices.max(by: { scaled[$0] < scaled[$1] }) {
      scaled[widest] += total - scaled.reduce(0, +)
    }
    return scaled
  }
}

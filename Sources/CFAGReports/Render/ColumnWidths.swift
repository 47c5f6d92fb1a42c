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
    let longestWord = columns.map { texts in
      let words = texts.dropFirst().flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count)
      let header =
        texts.first.map { $0.split(whereSeparator: \.isWhitespace).map { ($0.count * 6 + 4) / 5 } } ?? []
      return (words + header).max() ?? 1
    }
    var widths = longestWord.map { $0 * characterWidth + padding }
    guard widths.reduce(0, +) < total else { return fitted(widths, to: total) }
    let full = columns.map { texts in (texts.map(\.count).max() ?? 1) * characterWidth + padding }
    // How far a column's average text runs past its longest word: where wrapping costs lines.
    let weights = columns.indices.map { index in
      let average = columns[index].map(\.count).reduce(0, +) / max(1, columns[index].count)
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

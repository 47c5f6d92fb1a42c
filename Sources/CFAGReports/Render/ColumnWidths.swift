/// Column widths worked out from a table's content, so no word is broken across lines when the
/// page allows it: each column gets at least its longest word, and what is left of the page is
/// shared by how much text each column holds.
enum ColumnWidths {
  /// Widths in the unit of `total`, summing to `total`: `characterWidth` is an average
  /// character's width and `padding` a cell's left and right margins, in the same unit.
  static func widths(of columns: [[String]], total: Int, characterWidth: Int, padding: Int) -> [Int] {
    guard !columns.isEmpty else { return [] }
    let longestWord = columns.map { texts in
      texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 1
    }
    // How much a column wants: its longest text, capped so one long cell does not take the page.
    let longestText = columns.map { texts in min(texts.map(\.count).max() ?? 1, 60) }
    let least = longestWord.map { $0 * characterWidth + padding }
    let wanted = zip(longestText, least).map { max($0 * characterWidth + padding, $1) }
    let leastTotal = least.reduce(0, +)
    let wantedTotal = wanted.reduce(0, +)
    if wantedTotal <= total {
      // Everything fits on one line: the spare width is shared in proportion.
      return fitted(wanted, to: total)
    }
    guard leastTotal < total else { return fitted(least, to: total) }
    // Every column has its longest word; the spare width goes where the text is.
    let spare = total - leastTotal
    let extra = zip(wanted, least).map { $0 - $1 }
    let extraTotal = max(1, extra.reduce(0, +))
    return fitted(zip(least, extra).map { $0 + spare * $1 / extraTotal }, to: total)
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

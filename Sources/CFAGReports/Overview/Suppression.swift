import CFAGDomain

/// Small-number suppression for wide circulation: counts of 1 and 2 are hidden (primary), and then
/// as many more as it takes (secondary) so that no hidden count can be worked out by subtraction
/// from a line's total.
enum Suppression {
  /// Which cells of a table of counts to hide. Each row's last cell is its total (the sum of the
  /// others); with `columnSumsKnown` every column's sum is taken as known too (the headline gives
  /// the grades' totals).
  static func hidden(_ rows: [[Int]], columnSumsKnown: Bool = true) -> [[Bool]] {
    var hidden = rows.map { $0.map(CrossTab.isSmall) }
    var changed = true
    while changed {
      changed = false
      for row in rows.indices where hideOneMore(rows[row], hidden: &hidden[row]) { changed = true }
      for column in rows.first?.indices ?? 0..<0 where columnSumsKnown {
        var line = hidden.map { $0[column] }
        if hideOneMore(rows.map { $0[column] }, hidden: &line) {
          for row in rows.indices { hidden[row][column] = line[row] }
          changed = true
        }
      }
    }
    return hidden
  }

  /// Where a line has exactly one hidden cell, its value follows from the rest: hides the smallest
  /// other cell too. Returns whether it hid one.
  private static func hideOneMore(_ values: [Int], hidden: inout [Bool]) -> Bool {
    guard hidden.filter({ $0 }).count == 1, values.count > 1 else { return false }
    guard let next = values.indices.filter({ !hidden[$0] }).min(by: { values[$0] < values[$1] }) else {
      return false
    }
    hidden[next] = true
    return true
  }
}

extension GradeDistribution {
  /// For wide circulation, which of good, requires improvement, inadequate, not yet graded and the
  /// number of cases are hidden.
  var hiddenForWideCirculation: [Bool] {
    Suppression.hidden([[good, requiresImprovement, inadequate, ungraded, cases]], columnSumsKnown: false)[0]
  }

  /// The headline for wide circulation: the partnership's sentence when no count is hidden, else
  /// the counts that can be given and the grades whose numbers are not.
  func redactedHeadline(subject: String) -> String {
    let hidden = hiddenForWideCirculation
    if hidden[4] {
      return "Fewer than 3 cases were looked at in the themed audit of \(subject); their grades are not "
        + "given, so that no child can be identified."
    }
    guard hidden.contains(true) else { return headline(subject: subject) }
    let phrases = ["good", "requiring improvement", "inadequate"]
    let shown = Grade.allCases.indices.filter { !hidden[$0] }.map { (count(Grade.allCases[$0]), phrases[$0]) }
    let withheld = Grade.allCases.indices.filter { hidden[$0] }.map { "as \(phrases[$0])" }
    let given =
      shown.enumerated().map { index, item in
        index == 0
          ? "\(item.0) \(item.0 == 1 ? "was" : "were") identified as \(item.1)" : "\(item.0) as \(item.1)"
      }
      .joined(separator: " and ")
    return "Of the \(cases) cases looked at in the themed audit of \(subject), "
      + (given.isEmpty ? "" : given + "; ") + "the numbers identified "
      + withheld.joined(separator: " and ")
      + " are not given: they are under 3, or would show a number that is, so could identify a child."
  }
}

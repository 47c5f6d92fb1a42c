import CFAGDomain

/// Grades cross-tabulated by a case attribute (age band, plan type, agency). Cells under
/// `CrossTab.smallCell` are flagged, or suppressed in a redacted report.
public struct CrossTab: Hashable, Sendable {
  public static let smallCell = 3

  public var title: String
  /// What the rows are: "Age band".
  public var dimension: String
  public var rows: [Row]
  public var redacted: Bool
  /// `hidden[row][column]` over the grades and the row's total: the cells a redacted table hides.
  public var hidden: [[Bool]]

  public struct Row: Hashable, Sendable {
    public var label: String
    public var counts: GradeDistribution
  }

  /// Whether a count would be flagged (1 or 2: small enough to point to a child).
  public static func isSmall(_ count: Int) -> Bool { count > 0 && count < smallCell }

  public var hasSmallCells: Bool {
    rows.contains { row in
      (Grade.allCases.map(row.counts.count) + [row.counts.graded]).contains(where: Self.isSmall)
    }
  }

  /// Builds the table from (row label, grade) pairs, rows in the order of `order`.
  static func build(
    title: String, dimension: String, entries: [(String, Grade)], order: [String], redacted: Bool
  ) -> CrossTab {
    let rows = order.compactMap { label -> Row? in
      let grades = entries.filter { $0.0 == label }.map(\.1)
      return grades.isEmpty ? nil : Row(label: label, counts: GradeDistribution(grades: grades))
    }
    let counts = rows.map { row in Grade.allCases.map(row.counts.count) + [row.counts.graded] }
    return CrossTab(
      title: title, dimension: dimension, rows: rows, redacted: redacted,
      hidden: redacted ? Suppression.hidden(counts) : counts.map { $0.map { _ in false } })
  }

  /// The table's cells, grades then the total: a count, flagged when small, or hidden.
  func cells(_ row: Int) -> [TableCell] {
    let counts = Grade.allCases.map(rows[row].counts.count) + [rows[row].counts.graded]
    return counts.indices.map { TableCell.count(counts[$0], hidden: hidden[row][$0]) }
  }
}

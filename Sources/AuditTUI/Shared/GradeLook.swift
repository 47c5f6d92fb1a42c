import CFAGDomain
import TUIKit

/// How grades and RAG ratings look: a colour that carries meaning, and always words too, so a
/// monochrome screen reads the same.
enum GradeLook {
  static func style(_ grade: Grade?) -> Style {
    switch grade {
    case .good: Style(foreground: .green, bold: true)
    case .requiresImprovement: Style(foreground: .yellow, bold: true)
    case .inadequate: Style(foreground: .red, bold: true)
    case nil: Style().dimmed()
    }
  }

  static func style(_ judgement: DomainJudgement?) -> Style {
    switch judgement {
    case .graded(let grade): style(grade)
    case .notApplicable, nil: Style().dimmed()
    }
  }

  /// The full words, or "not graded".
  static func label(_ grade: Grade?) -> String { grade?.label ?? "not graded" }

  /// The full words when they fit in `width`, else the short form ("RI"), never cut.
  static func label(_ grade: Grade?, fitting width: Int) -> String {
    let full = label(grade)
    return DisplayWidth.of(full) <= width ? full : grade?.short ?? "—"
  }

  /// The short form for columns: "Good", "RI", "Inad", "—".
  static func short(_ judgement: DomainJudgement?) -> String {
    switch judgement {
    case .graded(let grade): grade.short
    case .notApplicable: "n/a"
    case nil: "—"
    }
  }

  static func style(_ rag: RAG) -> Style {
    switch rag {
    case .red: Style(foreground: .red, bold: true)
    case .amber: Style(foreground: .yellow, bold: true)
    case .green: Style(foreground: .green, bold: true)
    case .blue: Style(foreground: .blue, bold: true)
    case .none: Style().dimmed()
    }
  }
}

extension GradeLook {
  /// "Grades so far: 1 good · 4 requires improvement · 1 inadequate (6 of 6 graded)", in colour,
  /// on as many lines of `width` as it needs, never cut.
  static func tally(_ distribution: GradeDistribution, width: Int) -> [[(String, Style)]] {
    var groups: [StyledLine] = [[("Grades so far:", Style().bolded())]]
    for grade in Grade.allCases {
      let last = grade == Grade.allCases.last
      groups.append(
        [
          ("\(distribution.count(grade)) \(grade.label.lowercased())", GradeLook.style(grade)),
          (last ? "" : " ·", .plain),
        ])
    }
    groups.append([("(\(distribution.progress))", Style().dimmed())])
    return StyledLines.flow(groups, width: width)
  }
}

extension Buffer {
  /// Writes pieces of text one after another on a row, each in its style; returns the column after.
  @discardableResult
  mutating func putRuns(_ x: Int, _ y: Int, _ runs: [(String, Style)], maxX: Int) -> Int {
    var column = x
    for (text, style) in runs where column < maxX {
      column = put(column, y, text, style: style, maxWidth: maxX - column)
    }
    return column
  }
}

import CFAGDomain

/// A report laid out as a sequence of blocks, independent of format. Every renderer (Markdown,
/// HTML, DOCX) prints the same document, so the formats cannot drift apart.
public struct ReportDocument: Hashable, Sendable {
  public var title: String
  /// Marks printed on every page.
  public var marks: [PageMark]
  public var blocks: [Block]
  /// Who it is from and for, issue date, version and protective marking: the cover, and the
  /// marking in every page's header and footer.
  public var control: DocumentControl?

  public init(title: String, marks: [PageMark] = [], blocks: [Block], control: DocumentControl? = nil) {
    self.title = title
    self.marks = marks
    self.blocks = blocks
    self.control = control
  }

  /// The document issued under `control`.
  public func controlled(by control: DocumentControl) -> ReportDocument {
    var document = self
    document.control = control
    return document
  }

  /// The cover's facts; unset settings are left out.
  var cover: [Fact] {
    guard let control else { return [] }
    let settings = control.settings
    return [
      Fact("Partnership", settings.partnership), Fact("Report to", settings.reportTo),
      Fact("Author", settings.author), Fact("Issue date", control.issued.long),
      Fact("Version", "v\(control.version)"), Fact("Protective marking", settings.marking),
    ].filter { !$0.value.trimmingWhitespace.isEmpty }
  }

  /// The protective marking, or nil when the document carries none.
  var marking: String? { control?.settings.marking }
}

/// A mark carried by every page of a document.
public enum PageMark: Hashable, Sendable {
  case draft
  case internalOnly

  public var text: String {
    switch self {
    case .draft: "not signed off; figures and wording may change"
    case .internalOnly: "for the audit panel only; holds case references"
    }
  }

  /// The word and the text: "DRAFT: not signed off; ...".
  public var line: String { "\(word): \(text)" }

  /// The big word for a watermark.
  public var word: String {
    switch self {
    case .draft: "DRAFT"
    case .internalOnly: "INTERNAL"
    }
  }
}

/// One piece of a document.
public enum Block: Hashable, Sendable {
  case heading(level: Int, text: String)
  case paragraph(String)
  /// The headline sentence, set apart.
  case headline(String)
  /// Label and value pairs, such as the title block.
  case facts([Fact])
  case bullets([String])
  case table(ReportTable)
  case chart(Chart)
  /// A note in small print.
  case note(String)
}

public struct Fact: Hashable, Sendable {
  public var label: String
  public var value: String

  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// A table with a caption and one header row; the first column may hold row headers.
public struct ReportTable: Hashable, Sendable {
  public var caption: String
  public var header: [String]
  public var rows: [[TableCell]]
  public var rowHeaders: Bool
  public var footnote: String?

  public init(
    caption: String, header: [String], rows: [[TableCell]], rowHeaders: Bool = true, footnote: String? = nil
  ) {
    self.caption = caption
    self.header = header
    self.rows = rows
    self.rowHeaders = rowHeaders
    self.footnote = footnote
  }
}

/// A table cell: its text, and what a renderer may colour it by. The text always carries the
/// meaning on its own.
public struct TableCell: Hashable, Sendable, ExpressibleByStringInterpolation {
  public var text: String
  public var tone: Tone?
  public var flag: Flag?

  public init(_ text: String, tone: Tone? = nil, flag: Flag? = nil) {
    self.text = text
    self.tone = tone
    self.flag = flag
  }

  public init(stringLiteral value: String) { self.init(value) }

  /// A count: hidden for wide circulation, else flagged when small.
  static func count(_ value: Int, hidden: Bool) -> TableCell {
    if hidden { return TableCell("*", flag: .suppressed) }
    return CrossTab.isSmall(value) ? TableCell("\(value)", flag: .small) : TableCell("\(value)")
  }

  /// What the text is marked with when flagged, so the flag survives plain text.
  public var marked: String { flag == .small ? text + " †" : text }

  public enum Tone: Hashable, Sendable {
    case grade(Grade)
    case rag(RAG)
  }

  public enum Flag: Hashable, Sendable {
    /// Under 3: could point to a child.
    case small
    /// Under 3 and left out for wide circulation.
    case suppressed
  }
}

/// A titled chart of grades. HTML draws it as SVG and Word as pictures; Markdown relies on the
/// table printed beside it.
public enum Chart: Hashable, Sendable {
  /// One bar per grade.
  case grades(GradeDistribution)
  /// A stacked bar of grades per row, for trends.
  case stacked(title: String, rows: [LabelledDistribution])

  /// The chart's title, printed above it.
  public var title: String {
    switch self {
    case .grades: "Chart: the cases by the panel's overall grade"
    case .stacked(let title, _): "Chart: \(title)"
    }
  }

  /// Each bar: its label, its segments and its value in words.
  var rows: [ChartRow] {
    switch self {
    case .grades(let distribution):
      let most = max(1, Grade.allCases.map(distribution.count).max() ?? 1)
      return Grade.allCases.map { grade in
        let count = distribution.count(grade)
        return ChartRow(
          label: grade.label, segments: [(grade, count)], fullLength: most,
          value: "\(count) of \(distribution.cases) (\(OverviewReport.share(count, of: distribution.cases)))")
      }
    case .stacked(_, let rows):
      return rows.map { row in
        let segments = Grade.allCases.map { ($0, row.distribution.count($0)) }.filter { $0.1 > 0 }
        return ChartRow(
          label: row.label, segments: segments, fullLength: max(1, row.distribution.graded),
          value: segments.map { "\($0.1) \($0.0.label.lowercased())" }.joined(separator: ", "))
      }
    }
  }
}

/// One bar of a chart: segments of grades, drawn against a full length, and its value in words.
struct ChartRow {
  var label: String
  var segments: [(grade: Grade, count: Int)]
  var fullLength: Int
  var value: String
}

public struct LabelledDistribution: Hashable, Sendable {
  public var label: String
  public var distribution: GradeDistribution
}

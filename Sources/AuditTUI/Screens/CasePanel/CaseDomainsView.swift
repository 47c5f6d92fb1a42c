import CFAGDomain
import TUIKit

/// The case panel's domains: each domain's full title with the panel's grade beside the grades of
/// the agencies involved, as a grid when it fits and stacked (title, then grades) when not; and,
/// while the domains have the focus, every agency's answers to the selected domain's questions.
enum CaseDomainsView {
  /// How the grades are laid out for a width.
  struct Layout {
    /// The column names: the panel, then each involved agency.
    var labels: [String]
    /// Full words ("Requires improvement") fit in the grid.
    var full: Bool
    /// A grid row a domain; false: the title, then its grades on the lines under it.
    var grid: Bool
    var cellWidth: Int
    var titleWidth: Int

    init(_ labels: [String], titles: [String], width: Int) {
      self.labels = labels
      let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
      let longestTitle = titles.map { DisplayWidth.of($0) }.max() ?? 0
      let fullCell = max(labelWidth, DisplayWidth.of(Grade.requiresImprovement.label)) + 1
      let shortCell = max(labelWidth, 4) + 1
      full = longestTitle + 1 + labels.count * fullCell <= width
      grid = full || longestTitle + 1 + labels.count * shortCell <= width
      cellWidth = full ? fullCell : shortCell
      titleWidth = grid ? width - labels.count * cellWidth - 1 : width
    }

    /// The width a grid of short forms needs for these titles and columns.
    static func gridWidth(_ labels: [String], titles: [String]) -> Int {
      let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
      return (titles.map { DisplayWidth.of($0) }.max() ?? 0) + 1 + labels.count * (max(labelWidth, 4) + 1)
    }

    func grade(_ judgement: DomainJudgement?) -> String {
      full ? judgement?.grade?.label ?? GradeLook.short(judgement) : GradeLook.short(judgement)
    }
  }

  /// What the short forms mean, written on the pane's lower border.
  static let legend = " RI requires improvement · Inad inadequate "

  /// The involved agencies' returns, whose grades are shown.
  static func involved(_ record: AuditRecord, _ reference: CaseReference) -> [AgencyReturn] {
    record.returns(for: reference).filter(\.involved)
  }

  static func labels(_ record: AuditRecord, _ reference: CaseReference, _ directory: AgencyDirectory)
    -> [String]
  {
    ["Panel"] + involved(record, reference).map { CasePanelView.returnLabel($0, directory) }
  }

  /// Every domain's lines at `width`: its title and grades.
  static func rows(
    _ panel: CasePanelState, _ record: AuditRecord, _ directory: AgencyDirectory, width: Int
  ) -> (layout: Layout, rows: [[StyledLine]]) {
    let domains = record.audit.theme.domains
    let layout = Layout(
      labels(record, panel.reference, directory), titles: domains.map(\.title), width: width)
    let assessment = record.assessment(for: panel.reference)
    let returns = involved(record, panel.reference)
    let selected = panel.pane == .domains ? panel.domains.selected ?? 0 : nil
    let rows = domains.enumerated().map { index, domain -> [StyledLine] in
      let base = index == selected ? Style().reversed() : .plain
      let judgements = [assessment?.domainGrades[domain.id]] + returns.map { $0.domainGrades[domain.id] }
      let titles = TextWrap.wrap(domain.title, width: max(1, layout.titleWidth))
      guard layout.grid else {
        let cells = zip(layout.labels, judgements).enumerated().map { index, cell -> StyledLine in
          [
            (cell.0 + " ", Style().dimmed()), (layout.grade(cell.1), GradeLook.style(cell.1)),
            (index == judgements.count - 1 ? "" : " ·", Style().dimmed()),
          ]
        }
        return titles.map { [($0, base.bolded())] }
          + StyledLines.flow(cells, width: width - 2).map {
            [("  ", Style.plain)] + $0
          }
      }
      return titles.enumerated().map { line, title in
        var runs: StyledLine = [(title.padding(layout.titleWidth + 1), base.bolded())]
        if line == 0 {
          runs += judgements.map { (layout.grade($0).padding(layout.cellWidth), GradeLook.style($0)) }
        }
        return runs
      }
    }
    return (layout, rows)
  }

  /// The lines the list needs at `width`, with its header.
  static func height(_ panel: CasePanelState, _ record: AuditRecord, _ directory: AgencyDirectory, width: Int)
    -> Int
  {
    let (layout, rows) = rows(panel, record, directory, width: width)
    return rows.map(\.count).reduce(0, +) + (layout.grid ? 1 : 0)
  }

  static func draw(
    _ panel: CasePanelState, _ record: AuditRecord, _ directory: AgencyDirectory, into buffer: inout Buffer,
    area: Rect
  ) {
    let inner = CasePanelView.paneBox(
      .domains, panel, into: &buffer, area: area, title: "Domains: panel and agencies")
    guard inner.height > 0, inner.width > 0 else { return }
    let (layout, rows) = rows(panel, record, directory, width: inner.width)
    var lines: [StyledLine] = []
    if layout.grid {
      let style = Style().dimmed().underlined()
      lines.append(
        [("Domain".padding(layout.titleWidth + 1), style)]
          + layout.labels.map { ($0.padding(layout.cellWidth), style) })
    }
    var list = panel.domains
    list.setCount(rows.count)
    for index in visible(rows.map(\.count), selected: list.selected ?? 0, room: inner.height - lines.count) {
      lines += rows[index]
    }
    StyledLines.draw(lines, into: &buffer, area: inner)
    if !layout.full, area.height > 2 {
      buffer.put(
        area.x + 2, area.maxY - 1, TextWrap.truncate(legend, width: area.width - 4), style: Style().dimmed())
    }
  }

  /// The domains that fit in `room` rows, from the first, or from far enough down to keep
  /// `selected` in view.
  static func visible(_ heights: [Int], selected: Int, room: Int) -> [Int] {
    guard !heights.isEmpty else { return [] }
    let selected = min(max(0, selected), heights.count - 1)
    var first = 0
    while first < selected, heights[first...selected].reduce(0, +) > room { first += 1 }
    var shown: [Int] = []
    var used = 0
    for index in first..<heights.count {
      guard used + heights[index] <= room else { break }
      shown.append(index)
      used += heights[index]
    }
    return shown.isEmpty ? [selected] : shown
  }

  /// Beside the domains while they have the focus: the selected domain's questions, each with
  /// every agency's answer, wrapped in full.
  static func drawAnswers(
    _ panel: CasePanelState, _ record: AuditRecord, _ directory: AgencyDirectory, into buffer: inout Buffer,
    area: Rect
  ) {
    let domains = record.audit.theme.domains
    let index = min(panel.domains.selected ?? 0, domains.count - 1)
    guard domains.indices.contains(index) else { return }
    let inner = buffer.box(
      area, title: "\(domains[index].title): the agencies' answers", style: Style().dimmed())
    var lines = answerLines(
      domains[index], record.returns(for: panel.reference), directory, width: inner.width)
    if lines.count > inner.height {
      lines =
        Array(lines.prefix(inner.height - 1)) + [
          [("… o shows every answer and the guidance", Style().dimmed())]
        ]
    }
    StyledLines.draw(lines, into: &buffer, area: inner)
  }

  /// Each question of the domain, then each involved agency's answer; who was not involved.
  static func answerLines(
    _ domain: ThemeDomain, _ returns: [AgencyReturn], _ directory: AgencyDirectory, width: Int
  ) -> [StyledLine] {
    guard !returns.isEmpty else {
      return StyledLines.hanging(
        [], "No agency returns are recorded for this case.", style: Style().dimmed(), width: width)
    }
    var lines: [StyledLine] = []
    let involved = returns.filter(\.involved)
    let labels = involved.map { CasePanelView.returnLabel($0, directory) }
    let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
    for question in domain.questions {
      lines += StyledLines.hanging([], question.text, style: Style().bolded(), width: width)
      for (agencyReturn, label) in zip(involved, labels) {
        let answer = agencyReturn.answers[question.id].flatMap { $0.isBlank ? nil : $0 }
        lines += StyledLines.hanging(
          [(" " + label.padding(labelWidth), Style().dimmed())], answer?.display ?? "no answer",
          style: answer == nil ? Style().dimmed() : .plain, width: width)
      }
    }
    let absent = returns.filter { !$0.involved }.map { CasePanelView.agencyName($0.agency, directory) }
    if !absent.isEmpty {
      lines += StyledLines.hanging(
        [], "Not involved: " + absent.joined(separator: ", "), style: Style().dimmed(), width: width)
    }
    return lines
  }
}

import CFAGDomain
import TUIKit

/// The case panel's judgement pane: the overall grade, the rationale, findings, good practice,
/// voice of the child and the escalations, each wrapped in full when there is room.
enum CaseJudgementView {
  /// The label column's width.
  static let labelWidth = 16

  /// Each field's lines at `width`, in the order of `JudgementField.allCases`.
  static func blocks(
    _ assessment: PanelAssessment?, escalations: [TrackerAction], _ directory: AgencyDirectory, width: Int
  ) -> [[StyledLine]] {
    JudgementField.allCases.map { field in
      let lead: StyledLine = [(field.label.padding(labelWidth), Style().bolded())]
      if field == .escalation, !escalations.isEmpty {
        return escalations.flatMap { action in
          StyledLines.hanging(
            lead,
            "\(action.id) \(CasePanelView.agencyName(action.owner, directory)), lead \(action.lead), due "
              + "\(action.due.iso): \(TrackerAction.concern(in: action.text))",
            style: Style().bolded(), width: width)
        }
      }
      let (value, style) = CasePanelView.fieldValue(field, assessment)
      return StyledLines.hanging(lead, value, style: style, width: width)
    }
  }

  /// Which fields get their further lines first when not all fit: the escalations and findings
  /// are short and must be seen whole; then the rationale.
  static let priority: [JudgementField] = [
    .escalation, .findings, .overall, .rationale, .goodPractice, .voice,
  ]

  /// The lines that fit in `height`: every field gets its first line, then its further lines in
  /// the order of `priority` while there is room; a field cut short after two lines or more ends
  /// by saying Enter shows all of it.
  static func fit(_ blocks: [[StyledLine]], height: Int) -> [(field: Int, line: StyledLine)] {
    var room = max(0, height - blocks.count)
    var counts = blocks.map { min($0.count, 1) }
    for field in priority {
      guard let index = JudgementField.allCases.firstIndex(of: field), blocks.indices.contains(index) else {
        continue
      }
      let extra = min(blocks[index].count - counts[index], room)
      counts[index] += extra
      room -= extra
    }
    var shown: [(field: Int, line: StyledLine)] = []
    for (field, block) in blocks.enumerated() {
      var lines = Array(block.prefix(counts[field]))
      if lines.count < block.count, lines.count > 1 {
        lines[lines.count - 1] = [
          (String(repeating: " ", count: labelWidth), .plain), ("… Enter shows all of it", Style().dimmed()),
        ]
      }
      shown += lines.map { (field, $0) }
    }
    return Array(shown.prefix(height))
  }

  static func draw(
    _ panel: CasePanelState, _ blocks: [[StyledLine]], into buffer: inout Buffer, area: Rect
  ) {
    let inner = CasePanelView.paneBox(.judgement, panel, into: &buffer, area: area)
    for (row, entry) in fit(blocks, height: inner.height).enumerated() {
      let y = inner.y + row
      var line = entry.line
      if entry.field == panel.fields.selected, panel.pane == .judgement, !line.isEmpty {
        line[0].1 = line[0].1.reversed()
      }
      buffer.putRuns(inner.x, y, line, maxX: inner.maxX)
    }
  }
}

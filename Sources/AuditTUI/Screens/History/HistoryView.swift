import CFAGDomain
import Foundation
import TUIKit

/// Draws the change log of one item, newest first, with the selected change in full below.
enum HistoryView {
  static func draw(_ screen: HistoryState, _ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let records = screen.records else {
      buffer.put(area.x + 2, area.y + 1, "Loading…", style: Style().dimmed())
      return
    }
    let parts = area.split(.vertical, [.fill(1), .fixed(6)])
    let inner = buffer.box(
      parts[0], title: "History of \(screen.title) (\(records.count) changes, newest first)")
    guard !records.isEmpty else {
      buffer.put(inner.x + 1, inner.y, "No change recorded yet.", style: Style().dimmed())
      return
    }
    let wide = inner.width >= 100
    var columns = [
      TableColumn("When", width: .fixed(17)), TableColumn("Who", width: .fixed(10)),
      TableColumn("Field", width: .fixed(16)), TableColumn("Change", width: .fill(2)),
    ]
    if wide {
      columns.insert(TableColumn("Item", width: .fill(1)), at: 2)
      columns.append(TableColumn("Reason", width: .fill(1)))
    }
    let rows = records.map { record -> [String] in
      var row = [when(record.at), record.actor, field(record), change(record)]
      if wide {
        row.insert("\(record.entity) \(record.entityID)", at: 2)
        row.append(record.reason ?? "")
      }
      return row
    }
    TableView(columns: columns, rows: rows, state: screen.list).render(into: &buffer, area: inner)
    guard let row = screen.list.selected, row < records.count else { return }
    let record = records[row]
    let detail = buffer.box(parts[1], title: "#\(record.sequence) \(record.entity) \(record.entityID)")
    let width = max(1, detail.width - 1)
    var lines: [(String, Style)] = []
    if let old = record.oldValue {
      lines += TextWrap.wrap("was: \(old)", width: width).map { ($0, Style().dimmed()) }
    }
    lines += TextWrap.wrap("now: \(record.newValue ?? "(removed)")", width: width).map { ($0, Style.plain) }
    if let reason = record.reason { lines.append(("why: \(reason)", Style().bolded())) }
    for (index, line) in lines.prefix(detail.height).enumerated() {
      buffer.put(detail.x + 1, detail.y + index, line.0, style: line.1, maxWidth: width)
    }
  }

  /// "2026-11-23 10:00" from an ISO 8601 time.
  static func when(_ at: String) -> String {
    String(at.prefix(16)).replacingOccurrences(of: "T", with: " ")
  }

  static func field(_ record: ChangeRecord) -> String {
    switch record.field {
    case "*": record.newValue == nil ? "deleted" : "created"
    case "import": "imported"
    default: record.field
    }
  }

  static func change(_ record: ChangeRecord) -> String {
    let new = record.newValue ?? "(removed)"
    guard let old = record.oldValue, record.field != "*" else { return new }
    return "\(old) → \(new)"
  }
}

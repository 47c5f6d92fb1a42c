import Foundation
import TUIKit

/// Draws the chrome around every screen: the title bar with the breadcrumb, the screen, the status
/// line and the key bar; then any overlay on top.
enum AppView {
  static func draw(_ state: AppState, into buffer: inout Buffer) {
    let status = StatusLine(
      message: state.status, right: statusRight(state), overflowNote: "(M: whole message)")
    var statusRows = status.rows(width: buffer.area.width)
    if case .search = state.overlay { statusRows = 1 }
    let rows = buffer.area.split(.vertical, [.fixed(1), .fill(1), .fixed(statusRows), .fixed(1)])
    drawTitle(state, into: &buffer, area: rows[0])
    drawScreen(state, into: &buffer, area: rows[1])
    if let overlay = state.overlay { OverlayView.draw(overlay, state, into: &buffer, area: rows[1]) }
    if case .search(let search) = state.overlay {
      drawSearch(search, into: &buffer, area: rows[2])
    } else {
      status.render(into: &buffer, area: rows[2])
    }
    KeyBar(items: keyBarItems(state)).render(into: &buffer, area: rows[3])
  }

  static func drawScreen(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    state.screen.kit.draw(state, into: &buffer, area: area)
  }

  /// "CFAG Workbench › CFAG-2026-01 › Case panel › MC-1001": where you are.
  static func breadcrumb(_ state: AppState) -> String {
    var parts = ["CFAG Workbench"]
    for screen in state.stack {
      switch screen {
      case .home: continue
      case .auditEditor(let editor): parts.append(editor.auditID?.rawValue ?? "New audit")
      case .casePanel(let panel):
        if !parts.contains(panel.auditID.rawValue) { parts.append(panel.auditID.rawValue) }
        parts.append("Case \(panel.reference)")
      case .meeting(let meeting):
        if !parts.contains(meeting.auditID.rawValue) { parts.append(meeting.auditID.rawValue) }
        parts.append("Meeting")
      case .summary: parts.append("Summary")
      case .history(let history): parts.append("History of \(history.title)")
      case .candidates, .actions: parts.append(screen.name)
      case .sampling, .returns, .findings, .report:
        if let id = screen.auditID?.rawValue, !parts.contains(id) { parts.append(id) }
        parts.append(screen.name)
      }
    }
    return parts.joined(separator: " › ")
  }

  private static func drawTitle(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let style = Style().reversed()
    buffer.fill(area, with: .blank(style))
    let crumbs = breadcrumb(state)
    let right = titleRight(state, room: area.width - DisplayWidth.of(crumbs) - 3)
    let rightWidth = DisplayWidth.of(right)
    buffer.put(
      area.x + 1, area.y, TextWrap.truncate(crumbs, width: area.width - rightWidth - 2), style: style.bolded()
    )
    buffer.put(area.maxX - rightWidth, area.y, right, style: style)
  }

  /// Who is acting and today: both when they fit beside the breadcrumb, else who alone (the date
  /// goes first), never less than a short name.
  static func titleRight(_ state: AppState, room: Int) -> String {
    let actor = "as \(TextWrap.truncate(state.actor, width: 24))"
    let full = "\(actor) · \(state.today.iso) "
    if DisplayWidth.of(full) <= room { return full }
    return "as \(TextWrap.truncate(state.actor, width: max(8, min(24, room - 4)))) "
  }

  /// The undo hint, when there is room: a warning or an error keeps the whole line.
  private static func statusRight(_ state: AppState) -> String {
    guard let step = state.history.done.last, (state.status?.level ?? .info) == .info else { return "" }
    return "u: undo \(step.label)"
  }

  private static func drawSearch(_ search: SearchOverlay, into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank())
    buffer.put(area.x, area.y, "/", style: Style().bolded())
    TextField(state: search.field, placeholder: "type to search; Enter keeps it, Esc clears").render(
      into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1))
  }

  /// The key bar: help first, then the keys of whatever has the keys now.
  static func keyBarItems(_ state: AppState) -> [(key: String, label: String)] {
    let table: BindingTable<AppState, AppMessage>
    switch state.overlay {
    case .help: table = OverlayBindings.help
    case .palette, .picker: table = OverlayBindings.picker
    case .form(let form) where form.confirmingExit:
      return [("s", "Save"), ("d", "Discard"), ("Esc", "Keep editing")]
    case .form: table = OverlayBindings.form
    case .editor: table = OverlayBindings.editor
    case .dialog: table = OverlayBindings.dialog
    case .reader: table = OverlayBindings.help
    case .search: return [("Enter", "Keep search"), ("Esc", "Clear search")]
    case nil:
      let screen = AppUpdate.bindings(for: state.screen).keyBarBindings(in: state)
      let global = GlobalBindings.table.keyBarBindings(in: state)
      let help = global.filter { leads($0.action) }
      let rest = global.filter { !leads($0.action) }
      return merged((help + screen + rest).map { ($0.keyLabel, short($0.description)) })
    }
    return table.keyBarBindings(in: state).map { ($0.keyLabel, short($0.description)) }
  }

  /// Help leads the key bar, so every screen shows how to find the rest; the screen's own keys
  /// come next, so at 80 columns the ones that matter there are not pushed off.
  static func leads(_ action: AppMessage) -> Bool {
    if case .global(.help) = action { return true }
    return false
  }

  /// Keys shown as one item on the bar (help lists each): "g/r/i Grade", "n/p Next/prev".
  static let mergedOnBar: [(keys: [String], label: String)] = [
    (["g", "r", "i"], "Grade"), (["n", "p"], "Next/prev"),
  ]

  static func merged(_ items: [(key: String, label: String)]) -> [(key: String, label: String)] {
    var items = items
    for merge in mergedOnBar {
      guard let start = items.firstIndex(where: { $0.key == merge.keys[0] }),
        start + merge.keys.count <= items.count,
        items[start..<(start + merge.keys.count)].map(\.key) == merge.keys
      else { continue }
      items.replaceSubrange(
        start..<(start + merge.keys.count), with: [(merge.keys.joined(separator: "/"), merge.label)])
    }
    return items
  }

  /// The key bar's label: the description up to " — " (help shows all of it).
  static func short(_ description: String) -> String {
    var rest = description[...]
    while let dash = rest.firstIndex(of: "—") {
      let after = description.index(after: dash)
      if dash > description.startIndex, after < description.endIndex, description[after] == " ",
        case let before = description.index(before: dash), description[before] == " "
      {
        return String(description[..<before])
      }
      rest = description[after...]
    }
    return description
  }
}

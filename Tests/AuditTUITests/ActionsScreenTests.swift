import AuditTUI
import CFAGDomain
import CFAGStore
import Foundation
import TUIKit
import Testing

/// The tracker: filter and sort, a note or a status in a few keys, the trail, the pack out and an
/// edited pack in, with the changes shown before they are applied.
@Suite struct ActionsScreenTests {
  @Test func listsOpenActionsAndFiltersThem() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("7")
    #expect(h.contains("Action tracker: open (2 of 2)"))
    try WorkflowSnapshot.check(h, "actions")
    try h.press("f").type("closed").press("enter")
    #expect(h.contains("No action is closed"))
    try h.press("o")
    #expect(h.state.status?.text == "Sorted by RAG, red first.")
  }

  @Test func progressNoteAndStatusInAFewKeysAndStatusUndone() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("7", "n").type("First quarter audited").press("enter")
    let id = ActionsUpdateProbe.firstID(h)
    #expect(try h.fixture.workbench.action(id).latestProgress?.text == "First quarter audited")
    try h.press("s", "down", "enter")
    #expect(try h.fixture.workbench.action(id).status == .inProgress)
    try h.press("u")
    #expect(try h.fixture.workbench.action(id).status == .notStarted)
  }

  @Test func trailGoesBackToTheCases() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("7", "end", "enter")
    #expect(h.contains("Trail of"))
    #expect(h.contains("Recommendation R-1"))
    #expect(h.contains("Case A  MC-100001"))
  }

  @Test func exportAnEditedPackShowsTheChangesThenAppliesThem() throws {
    let h = try WorkflowSnapshot.harness()
    let path = h.fixture.folder.appendingPathComponent("pack.csv").path
    try h.press("7", "E", "ctrl-u").type(path).press("ctrl-s")
    #expect(h.state.status?.text.contains("Wrote the pack for all agencies") == true)
    try ActionsPackEdit.setStatus(path, of: "LL-2026-002", to: "in-progress", note: "Audit tool agreed")
    try h.press("I").type(path).press("enter")
    #expect(h.contains("2 change(s) to 1 action(s)"), "\(h.screen)")
    #expect(h.contains("LL-2026-002"))
    #expect(try h.fixture.workbench.action("LL-2026-002").status == .notStarted)
    try WorkflowSnapshot.check(h, "actions-import")
    try h.press("y")
    #expect(try h.fixture.workbench.action("LL-2026-002").status == .inProgress)
    #expect(h.contains("Action tracker"))
  }
}

/// Reading the tracker screen's selection in tests.
enum ActionsUpdateProbe {
  static func firstID(_ h: Harness) -> ActionID {
    guard case .actions(let screen) = h.state.screen else { return "" }
    return screen.visible.first?.id ?? ""
  }
}

/// Editing an exported pack's CSV as an agency would in a spreadsheet.
enum ActionsPackEdit {
  static func setStatus(_ path: String, of id: ActionID, to status: String, note: String) throws {
    var text = try String(contentsOfFile: path, encoding: .utf8)
    let bom = text.hasPrefix("\u{FEFF}")
    if bom { text.removeFirst() }
    var lines = text.components(separatedBy: "\r\n")
    if lines.count == 1 { lines = text.components(separatedBy: "\n") }
    let header = parse(lines[0])
    guard let statusColumn = header.firstIndex(of: "Status"),
      let noteColumn = header.firstIndex(where: { $0.lowercased().contains("new progress") }),
      let row = lines.firstIndex(where: { $0.hasPrefix(id.rawValue + ",") })
    else { throw CocoaError(.fileReadCorruptFile) }
    var fields = parse(lines[row])
    fields[statusColumn] = status
    fields[noteColumn] = note
    lines[row] = fields.map {
      $0.contains(",") || $0.contains("\"")
        ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0
    }
    .joined(separator: ",")
    try ((bom ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n")).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  /// Splits one CSV line (quoted fields allowed, no line breaks inside them).
  static func parse(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var previous: Character?
    for character in line {
      if character == "\"" {
        if quoted && previous == "\"" { current.append("\"") }
        quoted.toggle()
      } else if character == "," && !quoted {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    fields.append(current)
    return fields
  }
}

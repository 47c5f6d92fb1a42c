import Testing

@testable import TUIKit

@Suite struct BindingTests {
  enum Action: Equatable { case back, help, good, save }
  struct AppState { var canGrade: Bool }

  let table = BindingTable<AppState, Action>([
    Binding(keys: "q", "esc", action: .back, "Back", group: "Navigation"),
    Binding(keys: "?", action: .help, "Help", group: "Navigation"),
    Binding(keys: "g", action: .good, "Good", group: "Grading", when: { $0.canGrade }),
    Binding(keys: "ctrl-s", action: .save, "Save | close", group: "Grading", inKeyBar: false),
  ])

  @Test func anUnknownKeyNameStopsTheTableBeingBuilt() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      _ = BindingTable<AppState, Action>([Binding(keys: "q", "ctrl-banana", action: .back, "Back")])
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("binding \"Back\": unknown key name \"ctrl-banana\""))
  }

  @Test func dispatchRespectsEnabledRules() {
    #expect(table.action(for: .escape, in: AppState(canGrade: false)) == .back)
    #expect(table.action(for: .character("g"), in: AppState(canGrade: false)) == nil)
    #expect(table.action(for: .character("g"), in: AppState(canGrade: true)) == .good)
  }

  @Test func keyBarShowsEnabledBindingsAndTruncates() {
    let bar = KeyBar(table, state: AppState(canGrade: true))
    #expect(bar.text(width: 80) == "q/Esc Back  ? Help  g Good")
    #expect(bar.text(width: 20) == "q/Esc Back  ? Help")
    #expect(KeyBar(table, state: AppState(canGrade: false)).text(width: 80) == "q/Esc Back  ? Help")
  }

  @Test func markdownListsEveryBindingByGroup() {
    let expected = """
      ## Case screen

      ### Navigation

      | Keys | Action |
      | --- | --- |
      | `q`, `esc` | Back |
      | `?` | Help |

      ### Grading

      | Keys | Action |
      | --- | --- |
      | `g` | Good |
      | `ctrl-s` | Save \\| close |

      """
    #expect(table.markdown(title: "Case screen") == expected)
  }

  @Test func helpOverlayFiltersByTyping() {
    var help = HelpState()
    for c in "goo" { _ = help.handle(.character(c)) }
    let overlay = HelpOverlay(table, appState: AppState(canGrade: true), state: help)
    #expect(overlay.lines.map(\.text) == ["Grading", "  g  Good"])
    var buffer = Buffer(size: Size(width: 80, height: 24))
    overlay.render(into: &buffer, area: buffer.area)
    #expect(buffer.text.contains("g  Good"))
    #expect(!buffer.text.contains("Back"))
    #expect(help.handle(.escape) == false)
  }
}

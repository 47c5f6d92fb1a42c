import CCurses
import CursesBackend
import Glibc
import TUIKit
import Testing

/// What the curses terminal is given reaches curses' own screen: read back, row by row, from a
/// headless terminal. Curses keeps one screen per process, so these run one at a time.
@Suite(.serialized)
struct CursesPaintingTests {
  static let size = Size(width: 24, height: 3)

  static func terminal() throws -> CursesTerminal {
    try CursesTerminal(options: CursesOptions(monochrome: false, output: .headless(size: size)))
  }

  @Test("a headless terminal leaves LINES and COLUMNS as they were, for the programs this process starts")
  func sizeVariablesAreLeftAlone() throws {
    let variable = { (name: String) in getenv(name).map { String(cString: $0) } }
    setenv("COLUMNS", "132", 1)
    unsetenv("LINES")
    defer { unsetenv("COLUMNS") }
    let terminal = try Self.terminal()
    defer { terminal.close() }
    #expect(terminal.size == Self.size)
    #expect(variable("COLUMNS") == "132")
    #expect(variable("LINES") == nil)
  }

  @Test("a frame of narrow, wide and combined graphemes in colour reads back as drawn")
  func frameReadsBack() throws {
    let terminal = try Self.terminal()
    defer { terminal.close() }
    var frame = Buffer(size: Self.size)
    frame.put(0, 0, "MC-1001 Good", style: Style().bolded())
    frame.put(0, 1, "漢字 ok · e\u{301}", style: Style(foreground: .green))
    frame.put(0, 2, "┌─ Audits ─┐", style: Style().reversed())
    try terminal.present(frame.diff(from: nil), cursor: nil, clear: true)
    #expect(terminal.screenLine(0) == "MC-1001 Good")
    #expect(terminal.screenLine(1) == "漢字 ok · e\u{301}")
    #expect(terminal.screenLine(2) == "┌─ Audits ─┐")
  }

  @Test("only changed rows are sent; a wide grapheme over narrow ones, or narrow over wide, reads back whole")
  func changesOverWideGraphemes() throws {
    let terminal = try Self.terminal()
    defer { terminal.close() }
    var first = Buffer(size: Self.size)
    first.put(0, 0, "abcdef")
    first.put(0, 1, "漢字漢字")
    try terminal.present(first.diff(from: nil), cursor: nil, clear: true)
    var second = first
    second.put(2, 0, "字")
    second.put(2, 1, "xy")
    let changes = second.diff(from: first)
    #expect(changes.map(\.y) == [0, 1])
    try terminal.present(changes, cursor: Position(x: 1, y: 1), clear: false)
    #expect(terminal.screenLine(0) == "ab字ef")
    #expect(terminal.screenLine(1) == "漢xy漢字")
  }

  @Test("a cell's curses character is the one setcchar makes, in every look")
  func charactersAsSetccharMakesThem() {
    let looks = [
      cfag_attr_normal(), cfag_attr_bold() | cfag_attr_reverse(), cfag_attr_underline() | cfag_attr_dim(),
    ]
    for character: wchar_t in [32, 65, 0x2500, 0x6F22] {
      for attributes in looks {
        for pair: Int16 in [0, 1, 7, 255] {
          var expected = cchar_t()
          var string: (wchar_t, wchar_t) = (character, 0)
          _ = withUnsafePointer(to: &string) {
            $0.withMemoryRebound(to: wchar_t.self, capacity: 2) {
              setcchar(&expected, $0, attributes, pair, nil)
            }
          }
          var made = cfag_cchar(character, attributes, pair)
          #expect(
            memcmp(&made, &expected, MemoryLayout<cchar_t>.size) == 0, "\(character) \(attributes) \(pair)")
        }
      }
    }
  }
}

import Testing

@testable import TUIKit

@Suite struct ListTests {
  @Test func selectionMovesAndClamps() {
    var state = ListState(count: 5, viewportHeight: 3)
    #expect(state.selected == 0)
    _ = state.handle(.up)
    #expect(state.selected == 0)
    _ = state.handle(.end)
    #expect(state.selected == 4)
    _ = state.handle(.down)
    #expect(state.selected == 4)
    _ = state.handle(.pageUp)
    #expect(state.selected == 2)
    #expect(state.handle(.character("x")) == false)
  }

  @Test func selectedRowStaysVisible() {
    var state = ListState(count: 20, viewportHeight: 5)
    state.select(12)
    #expect(state.offset == 8)
    state.select(9)
    #expect(state.offset == 8)
    state.select(2)
    #expect(state.offset == 2)
    let items = (0..<20).map { "item \($0)" }
    var buffer = Buffer(size: Size(width: 12, height: 5))
    state.select(12)
    ListView(items: items, state: state).render(into: &buffer, area: buffer.area)
    #expect(buffer.text == "  item 8\n  item 9\n  item 10\n  item 11\n› item 12")
  }

  @Test func shrinkingTheListKeepsSelectionInRange() {
    var state = ListState(count: 10)
    state.select(9)
    state.setCount(3)
    #expect(state.selected == 2)
    state.setCount(0)
    #expect(state.selected == nil)
  }

  @Test func tableDrawsHeaderAndRows() {
    var state = ListState(count: 3, viewportHeight: 2)
    state.select(2)
    let table = TableView(
      columns: [TableColumn("Ref", width: .fixed(6)), TableColumn("Grade")],
      rows: [["C1", "Good"], ["C2", "Inadequate"], ["C3", "Requires improvement"]], state: state)
    var buffer = Buffer(size: Size(width: 20, height: 3))
    table.render(into: &buffer, area: buffer.area)
    #expect(buffer.text == "Ref   Grade\nC2    Inadequate\nC3    Requires imp…")
    #expect(buffer[0, 2].style.reverse)
  }

  @Test("a short table clears what was under it: the header, its rows, and blank in its style below")
  func aShortTableClearsItsArea() {
    let table = TableView(
      columns: [TableColumn("Ref", width: .fixed(6)), TableColumn("Grade")], rows: [["C1", "Good"]],
      state: ListState(count: 1, viewportHeight: 3), style: Style(foreground: .cyan))
    var buffer = Buffer(size: Size(width: 12, height: 5), fill: Cell("x"))
    table.render(into: &buffer, area: Rect(x: 1, y: 0, width: 10, height: 4))
    #expect(buffer.text == "xRef   Gr… x\nxC1    Go… x\nx          x\nx          x\nxxxxxxxxxxxx")
    #expect(buffer[5, 3].style == Style(foreground: .cyan))
    #expect(buffer[5, 1].style.reverse)
  }

  @Test func aTableAsksOnlyForTheRowsInView() {
    var state = ListState(count: 10_000, viewportHeight: 2)
    state.select(5_000)
    var asked: [Int] = []
    let table = TableView(columns: [TableColumn("Row")], rowCount: 10_000, state: state) { index in
      asked.append(index)
      return ["R\(index)"]
    }
    var buffer = Buffer(size: Size(width: 10, height: 3))
    table.render(into: &buffer, area: buffer.area)
    #expect(asked.count == 2)
    #expect(asked.contains(5_000))
    #expect(buffer.text.contains("R5000"))
  }

  @Test func searchFiltersAndJumps() {
    let items = ["Alpha", "beta", "Gamma", "alphabet"]
    #expect(TextSearch.filter(items, query: "ALP") == [0, 3])
    #expect(TextSearch.next(in: items, query: "alp", after: 0) == 3)
    #expect(TextSearch.next(in: items, query: "alp", after: 3) == 0)
    #expect(TextSearch.next(in: items, query: "alp", after: 0, backwards: true) == 3)
    #expect(TextSearch.next(in: items, query: "zzz", after: nil) == nil)
  }
}

import Testing

@testable import TUIKit

@Suite struct DiffTests {
  @Test("a cell is all value, without padding: the diff compares cells by their bytes")
  func cellsHaveNoPadding() {
    #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
    #expect(MemoryLayout<Cell>.size == MemoryLayout<Glyph>.size + MemoryLayout<Style>.size + 1)
    #expect(MemoryLayout<Style>.size == 6)
  }

  @Test func identicalBuffersHaveNoChanges() {
    var buffer = Buffer(size: Size(width: 10, height: 3))
    buffer.put(0, 1, "same")
    #expect(buffer.diff(from: buffer).isEmpty)
  }

  @Test func onlyChangedCellsAreReported() {
    var old = Buffer(size: Size(width: 10, height: 3))
    old.put(0, 0, "hello")
    var new = old
    new.put(1, 0, "a")
    new.put(7, 2, "zz")
    let runs = new.diff(from: old)
    #expect(
      runs == [
        CellRun(x: 1, y: 0, cells: [Cell("a")]),
        CellRun(x: 7, y: 2, cells: [Cell("z"), Cell("z")]),
      ])
  }

  @Test func styleChangeIsAChange() {
    var old = Buffer(size: Size(width: 3, height: 1))
    old.put(0, 0, "abc")
    var new = old
    new.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.reversed() }
    #expect(new.diff(from: old).map(\.x) == [2])
  }

  @Test func runsIncludeWholeWideCharacters() {
    let old = Buffer(size: Size(width: 4, height: 1))
    var new = old
    new.put(0, 0, "日")
    let runs = new.diff(from: old)
    #expect(runs.count == 1)
    #expect(runs[0].x == 0)
    #expect(runs[0].cells.count == 2)
    #expect(runs[0].cells.last?.isContinuation == true)
  }

  @Test func onAClearedScreenOnlyTheCellsThatAreNotBlankAreDrawn() {
    var frame = Buffer(size: Size(width: 8, height: 3))
    frame.put(1, 0, "ab")
    frame.put(5, 2, "c")
    frame.restyle(Rect(x: 0, y: 1, width: 1, height: 1)) { $0.reversed() }
    let runs = frame.diff(from: nil)
    #expect(runs.map { [$0.x, $0.y, $0.cells.count] } == [[1, 0, 2], [0, 1, 1], [5, 2, 1]])
    #expect(runs[0] == CellRun(x: 1, y: 0, cells: [Cell("a"), Cell("b")]))
  }

  @Test func differentSizesRepaintEverything() {
    let old = Buffer(size: Size(width: 2, height: 2))
    let new = Buffer(size: Size(width: 3, height: 2))
    #expect(new.diff(from: old).reduce(0) { $0 + $1.cells.count } == 6)
  }
}

/// A horizontal run of changed cells starting at `(x, y)`; continuation cells are included. The
/// cells are a slice of the frame's grid, not a copy of them.
public struct CellRun: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cells: ArraySlice<Cell>

  public init(x: Int, y: Int, cells: ArraySlice<Cell>) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}

extension Buffer {
  /// The runs of cells that differ from `previous`; every row when the sizes differ; with no
  /// `previous` (a screen just cleared), the cells that are not blank.
  ///
  /// A run never starts on the right half of a wide grapheme, so it can be drawn as it is.
  public func diff(from previous: Buffer?) -> [CellRun] {
    var runs: [CellRun] = []
    let width = size.width
    // What each cell is compared with: the same cell before, or on a screen just cleared a blank
    // (a row of them, read for every row); nothing when the size changed (every cell is drawn).
    let before: [Cell]? =
      previous.map { $0.size == size ? $0.cells : nil }
      ?? Array(repeating: Cell.blank(), count: width)
    let blankRow = previous == nil
    cells.withUnsafeBytes { now in
      (before ?? []).withUnsafeBytes { then in
        // Compares the two grids' cells in place, by index, by their bytes: equal bytes are
        // equal cells (a cell holds no reference), and a cell is all value, no padding, so
        // different bytes are different cells (a test checks).
        func changed(_ row: Int, _ x: Int) -> Bool {
          guard before != nil else { return true }
          return !Self.sameCell(now, row + x, then, blankRow ? x : row + x)
        }
        for y in 0..<size.height {
          let row = y * width
          if let previous, before != nil, sameBytes(previous, row..<(row + width)) { continue }
          var x = 0
          while x < width {
            guard changed(row, x) else {
              x += 1
              continue
            }
            var start = x
            if cells[row + start].isContinuation, start > 0 { start -= 1 }
            var end = x + 1
            while end < width && (changed(row, end) || cells[row + end].isContinuation) {
              end += 1
            }
            runs.append(CellRun(x: start, y: y, cells: cells[(row + start)..<(row + end)]))
            x = end
          }
        }
      }
    }
    return runs
  }

  /// Whether cell `index` of `now` and cell `other` of `then` hold the same bytes, a word at a time.
  private static func sameCell(
    _ now: UnsafeRawBufferPointer, _ index: Int, _ then: UnsafeRawBufferPointer, _ other: Int
  ) -> Bool {
    let stride = MemoryLayout<Cell>.stride
    var offset = 0
    while offset + 8 <= stride {
      if now.loadUnaligned(fromByteOffset: index * stride + offset, as: UInt64.self)
        != then.loadUnaligned(fromByteOffset: other * stride + offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    return offset == stride
  }

  /// Whether the cells in `range` hold the same bytes in both grids, compared 32 bytes at a time:
  /// a row left as it was is passed over without comparing its cells one by one.
  private func sameBytes(_ previous: Buffer, _ range: Range<Int>) -> Bool {
    let stride = MemoryLayout<Cell>.stride
    return cells.withUnsafeBytes { now in
      previous.cells.withUnsafeBytes { before in
        var offset = range.lowerBound * stride
        let end = range.upperBound * stride
        typealias Block = SIMD4<UInt64>
        let block = MemoryLayout<Block>.size
        while offset + block <= end {
          let difference =
            now.loadUnaligned(fromByteOffset: offset, as: Block.self)
            ^ before.loadUnaligned(fromByteOffset: offset, as: Block.self)
          if difference != Block() { return false }
          offset += block
        }
        while offset < end {
          if now[offset] != before[offset] { return false }
          offset += 1
        }
        return true
      }
    }
  }
}

/// A horizontal run of changed cells starting at `(x, y)`; continuation cells are included.
public struct CellRun: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cells: [Cell]

  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}

extension Buffer {
  /// The runs of cells that differ from `previous`; every row when the sizes differ.
  ///
  /// A run never starts on the right half of a wide grapheme, so it can be drawn as it is.
  public func diff(from previous: Buffer) -> [CellRun] {
    var runs: [CellRun] = []
    let sameSize = previous.size == size
    for y in 0..<size.height {
      var x = 0
      while x < size.width {
        guard !sameSize || self[x, y] != previous[x, y] else {
          x += 1
          continue
        }
        var start = x
        if self[start, y].isContinuation, start > 0 { start -= 1 }
        var end = x + 1
        while end < size.width
          && (!sameSize || self[end, y] != previous[end, y] || self[end, y].isContinuation)
        {
          end += 1
        }
        runs.append(CellRun(x: start, y: y, cells: (start..<end).map { self[$0, y] }))
        x = end
      }
    }
    return runs
  }
}

/// A grid of cells that views draw into; the runtime diffs successive buffers.
public struct Buffer: Equatable, Sendable {
  public private(set) var size: Size
  /// Row by row; read directly by the diff.
  private(set) var cells: [Cell]
  /// Where the terminal cursor should be shown (for text fields), or nil to hide it.
  public var cursor: Position?

  public init(size: Size, fill: Cell = .blank()) {
    let clamped = Size(width: max(0, size.width), height: max(0, size.height))
    self.size = clamped
    self.cells = Array(repeating: fill, count: clamped.width * clamped.height)
  }

  public var area: Rect { Rect(size: size) }

  /// The cell at `(x, y)`; a blank cell outside the grid.
  public subscript(x: Int, y: Int) -> Cell {
    guard inside(x, y) else { return .blank() }
    return cells[y * size.width + x]
  }

  /// Writes `text` from `(x, y)` within `maxWidth` columns and the grid, returning the column after
  /// the last grapheme written. Control characters show as `�`; a wide grapheme that would straddle
  /// the edge is dropped.
  @discardableResult
  public mutating func put(
    _ x: Int, _ y: Int, _ text: String, style: Style = .plain, maxWidth: Int = Int.max
  ) -> Int {
    guard y >= 0, y < size.height else { return x }
    let (end, overflow) = x.addingReportingOverflow(max(0, maxWidth))
    let limit = overflow ? size.width : min(size.width, end)
    // Printable ASCII throughout (most labels and values): a cell per byte, read in place. Only its
    // first and last cells can cut a wide grapheme in half; the ones between are assigned as they are.
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
      let (reach, overflow) = x.addingReportingOverflow(bytes.count)
      let end = !overflow && reach <= limit ? reach : max(x, limit)
      let first = max(x, 0)
      guard first < end else { return end }
      setCell(Cell(ascii: bytes[first - x], style: style), x: first, y: y)
      guard end - first > 1 else { return end }
      let row = y * size.width
      cells.withUnsafeMutableBufferPointer { all in
        for column in (first + 1)..<(end - 1) {
          all[row + column] = Cell(ascii: bytes[column - x], style: style)
        }
      }
      setCell(Cell(ascii: bytes[end - 1 - x], style: style), x: end - 1, y: y)
      return end
    }
    if let end = ascii ?? nil { return end }
    var column = x
    let bytes = text.utf8
    var index = text.startIndex
    while index < text.endIndex {
      // Printable ASCII not followed by a combining mark is one grapheme in one column: written
      // from its byte, without working out grapheme boundaries.
      let byte = bytes[index]
      let next = bytes.index(after: index)
      if byte >= 0x20, byte < 0x7F, next == bytes.endIndex || bytes[next] < 0x80 {
        if column + 1 > limit { break }
        if column >= 0 { setCell(Cell(ascii: byte, style: style), x: column, y: y) }
        column += 1
        index = next
        continue
      }
      let shown = Buffer.printable(text[index])
      index = text.index(after: index)
      let width = DisplayWidth.of(shown)
      if width == 0 { continue }
      if column + width > limit { break }
      if column >= 0 {
        setCell(Cell(String(shown), style: style, width: width), x: column, y: y)
      }
      column += width
    }
    return column
  }

  /// Fills `rect` (clipped to the grid) with `cell`.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
    let area = rect.intersection(self.area)
    guard cell.width == 1, area.width > 0 else {
      for y in area.y..<area.maxY {
        for x in area.x..<area.maxX { setCell(cell, x: x, y: y) }
      }
      return
    }
    // A narrow cell: only the edges can cut a wide grapheme in half; the rest is assigned as is.
    for y in area.y..<area.maxY {
      setCell(cell, x: area.x, y: y)
      if area.width > 1 { setCell(cell, x: area.maxX - 1, y: y) }
      let row = y * size.width
      let inner = (row + area.x + 1)..<max(row + area.x + 1, row + area.maxX - 1)
      cells.withUnsafeMutableBufferPointer { all in
        UnsafeMutableBufferPointer(rebasing: all[inner]).update(repeating: cell)
      }
    }
  }

  /// Changes the style of every cell in `rect`, keeping the text.
  public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
    let area = rect.intersection(self.area)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        cells[y * size.width + x].style = change(cells[y * size.width + x].style)
      }
    }
  }

  /// Sets one cell, blanking any wide grapheme it partly overwrites.
  public mutating func setCell(_ cell: Cell, x: Int, y: Int) {
    guard inside(x, y), cell.width > 0 else { return }
    // A narrow grapheme over a narrow one (nearly every cell drawn) cuts no wide grapheme in half.
    if cell.width == 1, cells[y * size.width + x].width == 1 {
      cells[y * size.width + x] = cell
      return
    }
    let span = cell.width == 2 && x + 1 < size.width ? 2 : 1
    let row = y * size.width
    for column in x..<(x + span) {
      // Reads the old cell's width in place, without copying the cell.
      let oldWidth = cells[row + column].width
      if oldWidth == 0, column - 1 < x, column > 0 {
        cells[row + column - 1] = .blank(cells[row + column].style)
      }
      if oldWidth == 2, column + 1 >= x + span, column + 1 < size.width {
        cells[row + column + 1] = .blank(cells[row + column].style)
      }
    }
    cells[row + x] = span == cell.width ? cell : Cell(" ", style: cell.style)
    if span == 2 { cells[row + x + 1] = .continuation(cell.style) }
  }

  private func inside(_ x: Int, _ y: Int) -> Bool {
    x >= 0 && y >= 0 && x < size.width && y < size.height
  }

  private static func printable(_ character: Character) -> Character {
    if character == "\t" { return " " }
    let first = character.unicodeScalars.first?.value ?? 0
    if first < 0x20 || (0x7F..<0xA0).contains(first) { return "\u{FFFD}" }
    return character
  }
}

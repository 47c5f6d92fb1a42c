import CCurses
import TUIKit

/// Maps TUIKit styles to curses attributes and colour pairs (allocated on first use), and draws
/// runs of cells with `mvwadd_wchnstr`.
struct CellPainter {
  /// No colour escapes at all: colours are dropped and a coloured background becomes reverse.
  let monochrome: Bool
  private let defaultColours: Bool
  /// The colour pair of each foreground and background (`foreground * 16 + background`; 0 for none
  /// yet), in an array: a dictionary keyed by Int would cost the start a look-up of Int's hashing.
  private var pairs = [Int16](repeating: 0, count: 256)
  private var pairsAllocated = 0
  /// The last style drawn and its curses look: neighbouring cells mostly share a style, so a full
  /// repaint works out each look once per run of cells rather than once per cell.
  private var lastLook: (style: Style, attributes: attr_t, pair: Int16)?

  /// Call after `newterm`. Starts colour unless `monochrome` or the terminal has none.
  init(monochrome: Bool) {
    let colour = !monochrome && has_colors()
    if colour { start_color() }
    self.monochrome = !colour
    self.defaultColours = colour && use_default_colors() == OK
  }

  /// Draws a run of cells from its `(x, y)` on `window` with one `mvwadd_wchnstr`, which copies
  /// the characters into the window's line and gives a wide one its second column itself (so the
  /// run's continuation cells are skipped): about two thirds of curses' work of adding each cell in
  /// turn with `mvwadd_wch`. The characters are made in place, on the stack.
  mutating func draw(_ run: CellRun, on window: UnsafeMutablePointer<WINDOW>) {
    run.cells.withUnsafeBufferPointer { cells in
      withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: cells.count) { line in
        var count = 0
        for cell in cells where !cell.isContinuation {
          line.initializeElement(at: count, to: character(cell))
          count += 1
        }
        guard count > 0 else { return }
        _ = mvwadd_wchnstr(window, Int32(run.y), Int32(run.x), line.baseAddress, Int32(count))
      }
    }
  }

  /// The curses character of one cell: its grapheme (at most `CCHARW_MAX` scalars) and its look.
  /// A grapheme of one scalar (nearly every cell: letters, spaces, box lines) is put in place
  /// directly (`cfag_cchar`); only one of several scalars goes through `setcchar`'s checks.
  private mutating func character(_ cell: Cell) -> cchar_t {
    let (attributes, pair) = look(cell.style)
    if let byte = cell.asciiValue { return cfag_cchar(wchar_t(byte), attributes, pair) }
    let limit = Int(CCHARW_MAX)
    // The grapheme's scalars, at most CCHARW_MAX, zero-ended, decoded in place without allocating.
    return withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: limit + 1) { characters in
      var count = 0
      cell.withUTF8 { bytes in
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while count < limit, case .scalarValue(let scalar) = decoder.decode(&iterator) {
          characters[count] = wchar_t(scalar.value)
          count += 1
        }
      }
      if count <= 1 { return cfag_cchar(count == 0 ? 32 : characters[0], attributes, pair) }
      characters[count] = 0
      var wide = cchar_t()
      if setcchar(&wide, characters.baseAddress, attributes, pair, nil) != OK {
        characters[1] = 0
        _ = setcchar(&wide, characters.baseAddress, attributes, pair, nil)
      }
      return wide
    }
  }

  private mutating func look(_ style: Style) -> (attr_t, Int16) {
    if let lastLook, lastLook.style == style { return (lastLook.attributes, lastLook.pair) }
    let (attributes, pair) = workOutLook(style)
    lastLook = (style, attributes, pair)
    return (attributes, pair)
  }

  private mutating func workOutLook(_ style: Style) -> (attr_t, Int16) {
    var attributes = cfag_attr_normal()
    if style.bold { attributes |= cfag_attr_bold() }
    if style.dim { attributes |= cfag_attr_dim() }
    if style.underline { attributes |= cfag_attr_underline() }
    var reverse = style.reverse
    var pair: Int16 = 0
    if monochrome {
      if style.background != .default { reverse.toggle() }
    } else {
      pair = colourPair(style.foreground, style.background)
    }
    if reverse { attributes |= cfag_attr_reverse() }
    return (attributes, pair)
  }

  private mutating func colourPair(_ foreground: Color, _ background: Color) -> Int16 {
    if foreground == .default, background == .default { return 0 }
    let key = foreground.rawValue * 16 + background.rawValue
    if pairs[key] != 0 { return pairs[key] }
    let next = pairsAllocated + 1
    guard next < Int(cfag_color_pairs()), next <= Int(Int16.max) else { return 0 }
    let pair = Int16(next)
    _ = init_pair(pair, number(foreground, fallback: COLOR_WHITE), number(background, fallback: COLOR_BLACK))
    pairs[key] = pair
    pairsAllocated = next
    return pair
  }

  private func number(_ color: Color, fallback: Int32) -> Int16 {
    let value: Int32 =
      switch color {
      case .default: defaultColours ? -1 : fallback
      case .black: COLOR_BLACK
      case .red: COLOR_RED
      case .green: COLOR_GREEN
      case .yellow: COLOR_YELLOW
      case .blue: COLOR_BLUE
      case .magenta: COLOR_MAGENTA
      case .cyan: COLOR_CYAN
      case .white: COLOR_WHITE
      }
    return Int16(value)
  }
}

/// One terminal cell: a grapheme, its style and its display width.
///
/// A wide grapheme (width 2) is followed by a continuation cell with empty `text` and width 0.
/// The grapheme is held inline (`Glyph`), so a cell holds no reference: copying, filling and
/// comparing the grid's cells moves plain bytes.
public struct Cell: Hashable, Sendable {
  var glyph: Glyph
  public var style: Style
  public var width: Int

  public init(_ text: String, style: Style = .plain, width: Int = 1) {
    glyph = Glyph(text)
    self.style = style
    self.width = width
  }

  /// The grapheme shown.
  public var text: String { glyph.text }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

  /// The right half of a wide grapheme.
  static func continuation(_ style: Style) -> Cell { Cell("", style: style, width: 0) }

  public var isContinuation: Bool { width == 0 }
}

/// A grapheme's UTF-8 bytes, up to 15 of them, kept in two words. A longer cluster (a family emoji
/// joined from many scalars) keeps the scalars that fit: a terminal cell shows at most a few
/// (ncurses keeps five), so nothing a terminal could show is lost.
struct Glyph: Hashable, Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private var count: UInt8 = 0

  init(_ text: String) {
    if text.utf8.count <= 15 {
      for byte in text.utf8 { append(byte) }
      return
    }
    for scalar in text.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      guard Int(count) + bytes.count <= 15 else { break }
      for byte in bytes { append(byte) }
    }
  }

  private mutating func append(_ byte: UInt8) {
    let shift = UInt64(count % 8) * 8
    if count < 8 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << shift }
    count += 1
  }

  var text: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(count))
    for index in 0..<Int(count) {
      let word = index < 8 ? low : high
      bytes.append(UInt8(truncatingIfNeeded: word >> (UInt64(index % 8) * 8)))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// One terminal cell: a grapheme, its style and its display width.
///
/// A wide grapheme (width 2) is followed by a continuation cell with empty `text` and width 0.
/// The grapheme is held inline (`Glyph`), so a cell holds no reference: copying, filling and
/// comparing the grid's cells moves plain bytes.
public struct Cell: Hashable, Sendable {
  @usableFromInline var glyph: Glyph
  public var style: Style
  /// The display width (0, 1 or 2) in one byte, so a cell is 24 bytes and a 200×60 grid moves a
  /// quarter less memory when it is filled, copied and compared.
  @usableFromInline var columns: UInt8

  /// The columns the grapheme takes: 1, 2 for a wide one, 0 for the continuation cell after it.
  public var width: Int {
    get { Int(columns) }
    set { columns = UInt8(clamping: newValue) }
  }

  public init(_ text: String, style: Style = .plain, width: Int = 1) {
    glyph = Glyph(text)
    self.style = style
    columns = UInt8(clamping: width)
  }

  /// A cell holding one printable ASCII character (the common case, built without a String).
  init(ascii byte: UInt8, style: Style) {
    glyph = Glyph(ascii: byte)
    self.style = style
    columns = 1
  }

  /// The grapheme shown.
  public var text: String { glyph.withUTF8 { String(decoding: $0, as: UTF8.self) } }

  /// The grapheme's byte when it is one ASCII character (most cells), else nil.
  @inlinable public var asciiValue: UInt8? { glyph.asciiValue }

  /// Calls `body` with the grapheme's UTF-8 bytes, in place (for backends that draw many cells).
  public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try glyph.withUTF8(body)
  }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

  /// The right half of a wide grapheme.
  static func continuation(_ style: Style) -> Cell { Cell("", style: style, width: 0) }

  @inlinable public var isContinuation: Bool { columns == 0 }
}

/// A grapheme's UTF-8 bytes, up to 15 of them, kept in two words. A longer cluster (a family emoji
/// joined from many scalars) keeps the scalars that fit: a terminal cell shows at most a few
/// (ncurses keeps five), so nothing a terminal could show is lost.
@usableFromInline struct Glyph: Hashable, Sendable {
  @usableFromInline var low: UInt64 = 0
  @usableFromInline var high: UInt64 = 0
  @usableFromInline var count: UInt8 = 0

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

  init(ascii byte: UInt8) {
    low = UInt64(byte)
    count = 1
  }

  private mutating func append(_ byte: UInt8) {
    let shift = UInt64(count % 8) * 8
    if count < 8 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << shift }
    count += 1
  }

  @inlinable var asciiValue: UInt8? { count == 1 && low < 0x80 ? UInt8(low) : nil }

  /// The bytes in place: the two words hold them in order, low byte first.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    let words = (low.littleEndian, high.littleEndian)
    return try withUnsafeBytes(of: words) { raw in
      try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Int(count)]))
    }
  }
}

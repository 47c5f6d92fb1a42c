/// One terminal cell: a grapheme, its style and its display width.
///
/// A wide grapheme (width 2) is followed by a continuation cell with empty `text` and width 0.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: Style
  public var width: Int

  public init(_ text: String, style: Style = .plain, width: Int = 1) {
    self.text = text
    self.style = style
    self.width = width
  }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

  /// The right half of a wide grapheme.
  static func continuation(_ style: Style) -> Cell { Cell("", style: style, width: 0) }

  public var isContinuation: Bool { width == 0 }
}

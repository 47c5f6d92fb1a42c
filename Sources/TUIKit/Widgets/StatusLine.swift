/// A message for the status line.
public struct StatusMessage: Hashable, Sendable {
  public enum Level: Hashable, Sendable {
    case info, warning, error
  }

  public var level: Level
  public var text: String

  public init(_ level: Level, _ text: String) {
    self.level = level
    self.text = text
  }

  public static func info(_ text: String) -> StatusMessage { StatusMessage(.info, text) }
  public static func warning(_ text: String) -> StatusMessage { StatusMessage(.warning, text) }
  public static func error(_ text: String) -> StatusMessage { StatusMessage(.error, text) }
}

/// The status line: the message on the left (warnings and errors prefixed and coloured, so they
/// read without colour too) and optional text on the right. A message too long for one line is
/// never cut: it wraps onto the rows `rows(width:)` asks for, up to `maximumRows`, the right-hand
/// text giving way first.
public struct StatusLine: Widget {
  public var message: StatusMessage?
  public var right: String
  /// The most rows a message takes; a longer one ends with `overflowNote`.
  public static let maximumRows = 3

  /// Written at the end of a message longer than `maximumRows` rows.
  public var overflowNote: String

  public init(message: StatusMessage?, right: String = "", overflowNote: String = "…") {
    self.message = message
    self.right = right
    self.overflowNote = overflowNote
  }

  private var prefixed: (text: String, style: Style)? {
    guard let message else { return nil }
    switch message.level {
    case .info: return (message.text, .plain)
    case .warning: return ("Warning: " + message.text, Style(foreground: .yellow, bold: true))
    case .error: return ("Error: " + message.text, Style(foreground: .red, bold: true))
    }
  }

  /// Whether the message and the right-hand text share one line.
  private func fitsBeside(width: Int) -> Bool {
    let rightWidth = DisplayWidth.of(right)
    let room = width - (rightWidth > 0 ? rightWidth + 1 : 0)
    return DisplayWidth.of(prefixed?.text ?? "") <= room
  }

  /// The rows the message needs at `width`: one when it fits beside the right-hand text.
  public func rows(width: Int) -> Int {
    guard let text = prefixed?.text, !fitsBeside(width: width) else { return 1 }
    return min(Self.maximumRows, max(1, TextWrap.wrap(text, width: max(1, width)).count))
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.height > 0 else { return }
    buffer.fill(area, with: .blank())
    let beside = fitsBeside(width: area.width)
    if beside || prefixed == nil {
      let rightWidth = min(DisplayWidth.of(right), area.width)
      buffer.put(area.maxX - rightWidth, area.maxY - 1, right, style: Style().dimmed())
    }
    guard let (text, style) = prefixed else { return }
    var lines = beside ? [text] : TextWrap.wrap(text, width: max(1, area.width))
    if lines.count > area.height {
      lines = Array(lines.prefix(area.height))
      let last = lines[lines.count - 1]
      lines[lines.count - 1] =
        TextWrap.truncate(last, width: max(1, area.width - DisplayWidth.of(overflowNote) - 1)) + " "
        + overflowNote
    }
    for (row, line) in lines.enumerated() {
      buffer.put(area.x, area.y + row, line, style: style, maxWidth: area.width)
    }
  }
}

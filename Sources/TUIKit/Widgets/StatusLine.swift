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

/// One line: the message on the left (warnings and errors prefixed and coloured, so they read
/// without colour too) and optional text on the right.
public struct StatusLine: Widget {
  public var message: StatusMessage?
  public var right: String

  public init(message: StatusMessage?, right: String = "") {
    self.message = message
    self.right = right
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.height > 0 else { return }
    let line = area.row(0)
    buffer.fill(line, with: .blank())
    let rightWidth = min(DisplayWidth.of(right), line.width)
    buffer.put(line.maxX - rightWidth, line.y, right, style: Style().dimmed())
    guard let message else { return }
    let (prefix, style): (String, Style) =
      switch message.level {
      case .info: ("", .plain)
      case .warning: ("Warning: ", Style(foreground: .yellow, bold: true))
      case .error: ("Error: ", Style(foreground: .red, bold: true))
      }
    let room = line.width - (rightWidth > 0 ? rightWidth + 1 : 0)
    buffer.put(line.x, line.y, TextWrap.truncate(prefix + message.text, width: room), style: style)
  }
}

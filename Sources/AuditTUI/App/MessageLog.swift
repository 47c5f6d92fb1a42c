import TUIKit

/// The last messages the status line showed, oldest first, so one that went by (or was too long
/// to read) can be read again with `M`.
public struct MessageLog: Sendable {
  /// How many messages are kept.
  public static let capacity = 50
  public private(set) var entries: [StatusMessage] = []

  public init() {}

  /// Keeps `message` unless it repeats the last one.
  mutating func record(_ message: StatusMessage) {
    guard entries.last != message else { return }
    entries.append(message)
    if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
  }

  /// The messages as reader lines, newest first, warnings and errors marked.
  var lines: [(text: String, style: Style)] {
    guard !entries.isEmpty else { return [("No messages yet in this session.", Style().dimmed())] }
    return entries.reversed().map { message in
      switch message.level {
      case .info: (message.text, .plain)
      case .warning: ("Warning: " + message.text, Style(foreground: .yellow, bold: true))
      case .error: ("Error: " + message.text, Style(foreground: .red, bold: true))
      }
    }
  }
}

/// What an edit did.
public enum EditOutcome: Hashable, Sendable {
  /// The key was not an editing key; the app may use it.
  case ignored
  /// The text or cursor changed (or the key was consumed without effect).
  case handled
  /// Part of the input was refused because the text would exceed the byte limit.
  case limitReached(refusedBytes: Int)
}

/// A multi-line text being edited: word-wrapped, with a cursor that moves across wrapped lines
/// and a hard limit on UTF-8 size. Owned by the app.
public struct TextEditorState: Hashable, Sendable {
  /// The default hard limit: 100 KB of UTF-8.
  public static let defaultMaxBytes = 100_000

  private var characters: [Character]
  /// The cursor, as a character index from 0 to the character count.
  public private(set) var cursor: Int
  public private(set) var byteCount: Int
  public let maxBytes: Int
  /// The wrap width and page height used for cursor movement; match the area you render into.
  public private(set) var viewport: Size
  /// The first wrapped line shown; kept so the cursor stays within the viewport.
  public private(set) var scrollTop = 0
  private var preferredColumn: Int?

  public init(
    _ text: String = "", maxBytes: Int = TextEditorState.defaultMaxBytes,
    viewport: Size = Size(width: 60, height: 10)
  ) {
    self.maxBytes = max(0, maxBytes)
    self.viewport = Size(width: max(1, viewport.width), height: max(1, viewport.height))
    self.characters = []
    self.cursor = 0
    self.byteCount = 0
    _ = insertText(text)
    cursor = 0
  }

  public var text: String { String(characters) }

  /// Sets the wrap width and page height (call it when the editor's area changes).
  public mutating func setViewport(_ size: Size) {
    viewport = Size(width: max(1, size.width), height: max(1, size.height))
    keepCursorVisible()
  }

  /// The wrapped lines at the current viewport width.
  public var lines: [WrappedLine] { WrappedLines.wrap(characters, width: viewport.width) }

  /// The cursor's wrapped line and column (in display cells).
  public var cursorLocation: (line: Int, column: Int) {
    location(in: lines)
  }

  /// Applies a key: characters, paste, Enter, Backspace, Delete, arrows, Home/End, PgUp/PgDn.
  public mutating func handle(_ key: Key) -> EditOutcome {
    let outcome = apply(key)
    keepCursorVisible()
    return outcome
  }

  private mutating func apply(_ key: Key) -> EditOutcome {
    switch key {
    case .character(let c): return insertText(String(c))
    case .paste(let text): return insertText(text)
    case .enter: return insertText("\n")
    case .backspace:
      if cursor > 0 { remove(at: cursor - 1) }
    case .delete:
      if cursor < characters.count { remove(at: cursor) }
    case .left: moveHorizontally(to: cursor - 1)
    case .right: moveHorizontally(to: cursor + 1)
    case .up: moveVertically(by: -1)
    case .down: moveVertically(by: 1)
    case .pageUp: moveVertically(by: -max(1, viewport.height - 1))
    case .pageDown: moveVertically(by: max(1, viewport.height - 1))
    case .home:
      let all = lines
      moveHorizontally(to: all[WrappedLines.line(of: cursor, in: all)].start)
    case .end:
      let all = lines
      let index = WrappedLines.line(of: cursor, in: all)
      moveHorizontally(
        to: WrappedLines.lastPosition(of: all[index], isLast: index == all.count - 1))
    default: return .ignored
    }
    return .handled
  }

  /// Inserts `text` at the cursor. Line endings become `\n`, tabs four spaces, other control
  /// characters are dropped; whatever would pass `maxBytes` is refused and reported.
  public mutating func insert(_ text: String) -> EditOutcome {
    let outcome = insertText(text)
    keepCursorVisible()
    return outcome
  }

  private mutating func insertText(_ text: String) -> EditOutcome {
    var accepted: [Character] = []
    var acceptedBytes = 0
    var refused = 0
    for character in TextEditorState.sanitise(text) {
      let size = character.utf8.count
      if refused > 0 || byteCount + acceptedBytes + size > maxBytes {
        refused += size
        continue
      }
      accepted.append(character)
      acceptedBytes += size
    }
    characters.insert(contentsOf: accepted, at: cursor)
    cursor += accepted.count
    byteCount += acceptedBytes
    preferredColumn = nil
    return refused > 0 ? .limitReached(refusedBytes: refused) : .handled
  }

  private mutating func keepCursorVisible() {
    let line = cursorLocation.line
    if line < scrollTop { scrollTop = line }
    if line >= scrollTop + viewport.height { scrollTop = line - viewport.height + 1 }
  }

  private mutating func remove(at index: Int) {
    byteCount -= characters[index].utf8.count
    characters.remove(at: index)
    cursor = index
    preferredColumn = nil
  }

  private mutating func moveHorizontally(to position: Int) {
    cursor = min(max(position, 0), characters.count)
    preferredColumn = nil
  }

  private mutating func moveVertically(by delta: Int) {
    let all = lines
    let (line, column) = location(in: all)
    let target = min(max(line + delta, 0), all.count - 1)
    let goal = preferredColumn ?? column
    guard target != line else {
      cursor = delta < 0 ? 0 : characters.count
      return
    }
    let wrapped = all[target]
    let last = WrappedLines.lastPosition(of: wrapped, isLast: target == all.count - 1)
    var position = wrapped.start
    var used = 0
    while position < last {
      let w = DisplayWidth.of(characters[position])
      if used + w > goal { break }
      used += w
      position += 1
    }
    cursor = position
    preferredColumn = goal
  }

  private func location(in all: [WrappedLine]) -> (line: Int, column: Int) {
    let line = WrappedLines.line(of: cursor, in: all)
    let column = characters[all[line].start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    return (line, column)
  }

  private static func sanitise(_ text: String) -> [Character] {
    var result: [Character] = []
    for character in text {
      if character.isNewline {
        result.append("\n")
      } else if character == "\t" {
        result += Array(repeating: " ", count: 4)
      } else if let value = character.unicodeScalars.first?.value, value >= 0x20, value != 0x7F {
        result.append(character)
      }
    }
    return result
  }
}

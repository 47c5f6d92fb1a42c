/// The content and cursor of a single-line text field, owned by the app.
public struct TextFieldState: Hashable, Sendable {
  private var characters: [Character]
  /// The cursor, as a character index from 0 to `text.count`.
  public private(set) var cursor: Int
  /// The most characters the field accepts, or nil for no limit.
  public var maxLength: Int?

  public init(_ text: String = "", maxLength: Int? = nil) {
    self.maxLength = maxLength
    let clean = Array(TextFieldState.sanitise(text))
    self.characters = maxLength.map { Array(clean.prefix(max(0, $0))) } ?? clean
    self.cursor = characters.count
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// Replaces the text and puts the cursor at its end.
  public mutating func setText(_ text: String) {
    self = TextFieldState(text, maxLength: maxLength)
  }

  /// Edits for printable keys, paste, Backspace, Delete, arrows, Home/End, ^A, ^E, ^U and ^K.
  /// Returns false for keys the field does not use (Enter, Esc, Tab, ...).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let c): insert(String(c))
    case .paste(let text): insert(text)
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete: if cursor < characters.count { characters.remove(at: cursor) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = characters.count
    case .ctrl("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .ctrl("k"): characters.removeSubrange(cursor...)
    default: return false
    }
    return true
  }

  /// Inserts text at the cursor (newlines and control characters become spaces or are dropped),
  /// up to `maxLength`.
  public mutating func insert(_ text: String) {
    var clean = Array(TextFieldState.sanitise(text))
    if let maxLength { clean = Array(clean.prefix(max(0, maxLength - characters.count))) }
    characters.insert(contentsOf: clean, at: cursor)
    cursor += clean.count
  }

  /// The first character to show in a field `width` columns wide, keeping the cursor visible.
  public func visibleStart(width: Int) -> Int {
    guard width > 1 else { return cursor }
    var start = cursor
    var used = 1
    while start > 0 {
      let w = DisplayWidth.of(characters[start - 1])
      if used + w > width { break }
      used += w
      start -= 1
    }
    return start
  }

  private static func sanitise(_ text: String) -> String {
    String(
      text.compactMap { character -> Character? in
        if character.isNewline || character == "\t" { return " " }
        let value = character.unicodeScalars.first?.value ?? 0
        return value < 0x20 || value == 0x7F ? nil : character
      })
  }
}

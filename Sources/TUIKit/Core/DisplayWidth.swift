/// Terminal display widths of graphemes: 2 for East Asian wide and emoji, 0 for lone combining marks.
///
/// A small table covering the common ranges; it follows Unicode East Asian Width and emoji
/// presentation closely enough for names, notes and the occasional emoji.
public enum DisplayWidth {
  /// Columns taken by one grapheme cluster.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return of(first)
  }

  /// Columns taken by a string.
  public static func of(_ text: String) -> Int { of(text[...]) }

  /// Columns taken by part of a string. (Not generic over `StringProtocol`: a generic function
  /// called from another module runs unspecialised, and its first call asks the runtime for the
  /// associated types by name, a million instructions at start.)
  public static func of(_ text: Substring) -> Int {
    text.utf8.withContiguousStorageIfAvailable { mostlyASCII($0, of: text) } ?? graphemes(text[...])
  }

  /// Columns of `text`, whose UTF-8 is `bytes`: printable ASCII, most of what is shown, is a
  /// column a byte (`asciiColumns`); each stretch around anything else is counted grapheme by
  /// grapheme, from the ASCII character before it (which a combining mark may join) to the first
  /// two printable ASCII characters in a row after it. The same count as `graphemes(text)`,
  /// without walking a title with one dash in it grapheme by grapheme.
  private static func mostlyASCII(_ bytes: UnsafeBufferPointer<UInt8>, of text: Substring) -> Int {
    var total = 0
    var index = 0
    while index < bytes.count {
      let columns = asciiColumns(bytes, from: index)
      total += columns
      index += columns
      guard index < bytes.count else { break }
      var end = index + 1
      while end < bytes.count && !isColumn(bytes, end) { end += 1 }
      end = min(end + 1, bytes.count)
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: index)
      total += graphemes(text[start..<utf8.index(start, offsetBy: end - index)])
      index = end
    }
    return total
  }

  /// How many bytes in a row from `start`, at most `limit`, are each a grapheme of one column.
  static func asciiColumns(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int = .max) -> Int {
    var index = start
    while index < bytes.count, index - start < limit, isColumn(bytes, index) { index += 1 }
    return index - start
  }

  /// Whether the byte at `index` is a grapheme of one column: printable ASCII followed by printable
  /// ASCII (between two such, a grapheme always ends) or by the end.
  private static func isColumn(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    func printable(_ index: Int) -> Bool {
      index == bytes.count || (bytes[index] >= 0x20 && bytes[index] < 0x7F)
    }
    return printable(index) && printable(index + 1)
  }

  /// Columns of `text` counted grapheme by grapheme.
  private static func graphemes(_ text: Substring) -> Int { text.reduce(0) { $0 + of($1) } }

  /// Columns taken by one scalar on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    if contains(zeroWidth, value) { return 0 }
    return contains(wide, value) ? 2 : 1
  }

  private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    var low = 0
    var high = table.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if value < table[mid].lowerBound {
        high = mid - 1
      } else if value > table[mid].upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  private static let zeroWidth: [ClosedRange<UInt32>] = [
    0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
    0x0E31...0x0E31, 0x0E34...0x0E3A, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F,
    0x2028...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F,
    0xFEFF...0xFEFF, 0xE0100...0xE01EF,
  ]

  private static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F1E6...0x1F1FF, 0x1F200...0x1F251, 0x1F300...0x1F320,
    0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
    0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
    0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
    0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4,
    0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2,
    0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
    0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}

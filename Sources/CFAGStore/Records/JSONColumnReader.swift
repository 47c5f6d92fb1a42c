/// Reads the JSON of the array and map columns (`findings_json`, `answers_json`,
/// `domain_grades_json` ...) straight from its UTF-8 bytes. Their elements are strings or flat
/// objects of strings: `["a","b"]`, `{"voice":"good"}`, `{"q1":{"choice":"yes","text":"..."}}`.
/// They are read by the thousand (every return's answers, every assessment's domain grades), so
/// they skip Foundation's `JSONDecoder`, which took about 15,000 instructions for each value, five
/// to ten times what reading it here takes. The object columns (theme, sample, amendment) are
/// decoded through their `Codable` forms.
struct JSONColumnReader {
  /// An element of an array column or a value of a map column.
  enum Value {
    case string(String)
    /// An object's string members in the order written; a member that is `null` is left out.
    case object([(key: String, value: String)])
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Reads the text's UTF-8 bytes in place.
  private static func reading<T>(_ text: String, _ body: (inout JSONColumnReader) throws -> T) throws -> T {
    var text = text
    return try text.withUTF8 { bytes in
      var reader = JSONColumnReader(bytes)
      return try body(&reader)
    }
  }

  /// The elements of a JSON array.
  static func array(_ text: String) throws -> [Value] {
    try reading(text) { reader in try reader.array() }
  }

  private mutating func array() throws -> [Value] {
    var elements: [Value] = []
    try expect(UInt8(ascii: "["))
    if !(try closes(UInt8(ascii: "]"))) {
      repeat { elements.append(try value()) } while try continues(UInt8(ascii: "]"))
    }
    try end()
    return elements
  }

  /// The members of a JSON object; a repeated key keeps its last value, as `JSONDecoder` does.
  static func map(_ text: String) throws -> [String: Value] {
    try reading(text) { reader in try reader.map() }
  }

  private mutating func map() throws -> [String: Value] {
    var members: [String: Value] = [:]
    // Room for about as many members as the text has: a member is seldom under 40 bytes (an
    // answer is nearer 100), and growing a dictionary rehashes everything in it.
    members.reserveCapacity(bytes.count / 40)
    try expect(UInt8(ascii: "{"))
    if !(try closes(UInt8(ascii: "}"))) {
      repeat {
        let key = try string()
        try expect(UInt8(ascii: ":"))
        members[key] = try value()
      } while try continues(UInt8(ascii: "}"))
    }
    try end()
    return members
  }

  private mutating func value() throws -> Value {
    if try peek() == UInt8(ascii: "{") { return .object(try object()) }
    return .string(try string())
  }

  /// A flat object: string members, `null` ones left out.
  private mutating func object() throws -> [(key: String, value: String)] {
    var members: [(key: String, value: String)] = []
    try expect(UInt8(ascii: "{"))
    if try closes(UInt8(ascii: "}")) { return members }
    // The objects of these columns are small (an answer has two members, a due date revision
    // four): one allocation, rather than one each time the list grows.
    members.reserveCapacity(4)
    repeat {
      let key = try string()
      try expect(UInt8(ascii: ":"))
      if try peek() == UInt8(ascii: "n") {
        for letter in "null".utf8 { try expect(letter, skippingSpace: false) }
      } else {
        members.append((key, try string()))
      }
    } while try continues(UInt8(ascii: "}"))
    return members
  }

  private mutating func string() throws -> String {
    try expect(UInt8(ascii: "\""))
    let start = position
    while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\")
    {
      position += 1
    }
    guard position < bytes.count else { throw failure("a string has no closing quote") }
    if bytes[position] == UInt8(ascii: "\"") {
      position += 1
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
    }
    var text = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"): try escaped(into: &text)
      default: text.append(byte)
      }
    }
    throw failure("a string has no closing quote")
  }

  /// The character after a backslash, as UTF-8.
  private mutating func escaped(into text: inout [UInt8]) throws {
    guard position < bytes.count else { throw failure("a string ends in a backslash") }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
    case UInt8(ascii: "b"): text.append(0x08)
    case UInt8(ascii: "f"): text.append(0x0C)
    case UInt8(ascii: "n"): text.append(0x0A)
    case UInt8(ascii: "r"): text.append(0x0D)
    case UInt8(ascii: "t"): text.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hexQuad()
      if (0xD800..<0xDC00).contains(scalar) {
        // A high surrogate: the low one follows as another \u escape.
        for letter in "\\u".utf8 { try expect(letter, skippingSpace: false) }
        let low = try hexQuad()
        guard (0xDC00..<0xE000).contains(low) else { throw failure("a surrogate pair is broken") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw failure("an escape names no character") }
      text.append(contentsOf: String(Character(unicode)).utf8)
    default: throw failure("an unknown escape \\\(Character(Unicode.Scalar(byte)))")
    }
  }

  private mutating func hexQuad() throws -> UInt32 {
    guard position + 4 <= bytes.count,
      let value = UInt32(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self),
        radix: 16)
    else { throw failure("a \\u escape is not four hex digits") }
    position += 4
    return value
  }

  /// The next byte that is not white space, not consumed.
  private mutating func peek() throws -> UInt8 {
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    guard position < bytes.count else { throw failure("the text ends too soon") }
    return bytes[position]
  }

  private mutating func expect(_ byte: UInt8, skippingSpace: Bool = true) throws {
    let next = skippingSpace ? try peek() : (position < bytes.count ? bytes[position] : 0)
    guard next == byte else { throw failure("expected \"\(Character(Unicode.Scalar(byte)))\"") }
    position += 1
  }

  /// Whether `close` comes next (consumed if so).
  private mutating func closes(_ close: UInt8) throws -> Bool {
    guard try peek() == close else { return false }
    position += 1
    return true
  }

  /// After a member: true at a comma (another follows), false at `close`.
  private mutating func continues(_ close: UInt8) throws -> Bool {
    if try closes(close) { return false }
    try expect(UInt8(ascii: ","))
    return true
  }

  private mutating func end() throws {
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    guard position == bytes.count else { throw failure("more follows the value") }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private func failure(_ problem: String) -> Malformed {
    Malformed(description: "\(problem) at byte \(position)")
  }

  /// The text is not JSON of the shape the column holds.
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }
}

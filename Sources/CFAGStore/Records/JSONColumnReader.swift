/// Reads the JSON of the array and map columns (`findings_json`, `answers_json`,
/// `domain_grades_json` ...) straight from its UTF-8 bytes. Their elements are strings or flat
/// objects of strings: `["a","b"]`, `{"voice":"good"}`, `{"q1":{"choice":"yes","text":"..."}}`.
/// They are read by the thousand (every return's answers, every assessment's domain grades), so
/// they skip Foundation's `JSONDecoder`, which took about 15,000 instructions for each value, five
/// to ten times what reading it here takes. The object columns (theme, sample, amendment) are
/// decoded through their `Codable` forms.
struct JSONColumnReader {
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

  /// The elements of a JSON array, each read by `element` from where it begins.
  static func array<T>(_ text: String, _ element: (inout JSONColumnReader) throws -> T) throws -> [T] {
    try reading(text) { reader in
      var elements: [T] = []
      try reader.expect(UInt8(ascii: "["))
      if !(try reader.closes(UInt8(ascii: "]"))) {
        repeat { elements.append(try element(&reader)) } while try reader.continues(UInt8(ascii: "]"))
      }
      try reader.end()
      return elements
    }
  }

  /// The members of a JSON object, each value read by `value` from where it begins, straight into
  /// the dictionary returned (no dictionary of raw values first); of a repeated key the first
  /// counts, as `JSONDecoder` reads one, and the others are only checked to be JSON.
  static func map<T>(_ text: String, _ value: (inout JSONColumnReader) throws -> T) throws -> [String: T] {
    try reading(text) { reader in
      var members: [String: T] = [:]
      // Room for about as many members as the text has: a member is seldom under 40 bytes (an
      // answer is nearer 100), and growing a dictionary rehashes everything in it.
      members.reserveCapacity(reader.bytes.count / 40)
      try reader.expect(UInt8(ascii: "{"))
      if !(try reader.closes(UInt8(ascii: "}"))) {
        repeat {
          let key = try reader.string()
          try reader.expect(UInt8(ascii: ":"))
          if members.index(forKey: key) == nil {
            members[key] = try value(&reader)
          } else {
            try reader.skipValue()
          }
        } while try reader.continues(UInt8(ascii: "}"))
      }
      try reader.end()
      return members
    }
  }

  /// Whether the value that begins here is an object (rather than a string).
  mutating func atObject() throws -> Bool { try peek() == UInt8(ascii: "{") }

  /// A flat object of strings: each member's key and text (nil for `null`) given to `member` in
  /// the order written.
  mutating func object(_ member: (String, String?) throws -> Void) throws {
    try expect(UInt8(ascii: "{"))
    if try closes(UInt8(ascii: "}")) { return }
    repeat {
      let key = try string()
      try expect(UInt8(ascii: ":"))
      if try peek() == UInt8(ascii: "n") {
        try skipValue()
        try member(key, nil)
      } else {
        try member(key, try string())
      }
    } while try continues(UInt8(ascii: "}"))
  }

  /// Passes over a string, `null` or flat object of them.
  private mutating func skipValue() throws {
    if try atObject() {
      try object { _, _ in }
    } else if try peek() == UInt8(ascii: "n") {
      for letter in "null".utf8 { try expect(letter, skippingSpace: false) }
    } else {
      _ = try string()
    }
  }

  /// A JSON string, its escapes read.
  mutating func string() throws -> String {
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

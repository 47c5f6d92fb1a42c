/// A strict, namespace-aware pull reader of XML 1.0 in UTF-8, such as the parts of a Word file:
/// `next()` gives the document's elements and text one event at a time, names resolved against the
/// `xmlns` declarations in scope and references replaced by their characters.
///
/// It skips the XML declaration, processing instructions and comments. It refuses, with the line at
/// fault, what is not well-formed (mismatched or unclosed tags, a second root, text outside the root,
/// invalid UTF-8, characters XML forbids), an undeclared prefix, an entity other than the five XML
/// predefines, a bad character reference, an encoding other than UTF-8, and any DOCTYPE: no document
/// can declare an entity, so none can be expanded.
public struct XMLReader {
  static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
  static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

  private let bytes: [UInt8]
  private var position = 0
  /// The elements open, innermost last.
  private var open: [Open] = []
  /// The namespace bindings in scope, innermost last; the empty prefix binds the default namespace.
  private var bindings: [(prefix: String, namespace: String)] = [("xml", Self.xmlNamespace)]
  /// The last start was of an empty element (`<a/>`), whose end comes next.
  private var endingEmpty = false
  private var rootSeen = false

  private struct Open {
    /// The bytes of the qualified name, which the end tag must repeat.
    let name: Range<Int>
    let resolved: Name
    /// How many bindings were in scope before the element's own.
    let scope: Int
    let offset: Int
  }

  /// Checks that the bytes are UTF-8 text of characters XML allows, and reads past a byte order
  /// mark and the XML declaration.
  public init(_ bytes: [UInt8]) throws(XMLReadError) {
    self.bytes = bytes
    if let invalid = XMLCharacters.firstInvalid(bytes) { throw fail(at: invalid.offset, invalid.reason) }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    if has("<?xml"), position + 5 < bytes.count, XMLCharacters.isWhitespace(bytes[position + 5]) {
      try declaration()
    }
  }

  /// The next event, or nil after the root element's end.
  public mutating func next() throws(XMLReadError) -> Event? {
    if endingEmpty {
      endingEmpty = false
      return .end(close())
    }
    guard let element = open.last else { return try nextOutsideRoot() }
    while true {
      guard position < bytes.count else {
        throw fail(
          at: position,
          "the document ends before <\(text(element.name))> (opened on line \(line(at: element.offset))) is closed"
        )
      }
      if has("</") { return .end(try endTag()) }
      if bytes[position] == UInt8(ascii: "<") && !has("<!") && !has("<?") { return try startTag() }
      let characters = try characterData()
      if !characters.isEmpty { return .text(characters) }
    }
  }

  /// Before the root element or after it: only whitespace, comments and processing instructions.
  private mutating func nextOutsideRoot() throws(XMLReadError) -> Event? {
    while true {
      skipWhitespace()
      guard position < bytes.count else {
        guard rootSeen else { throw fail(at: position, "the document has no root element") }
        return nil
      }
      if has("<!--") {
        try skipComment()
      } else if has("<?") {
        try skipInstruction()
      } else if has("<!DOCTYPE") {
        throw fail(at: position, "a DOCTYPE is not accepted")
      } else if bytes[position] != UInt8(ascii: "<") {
        throw fail(at: position, "text \(rootSeen ? "after" : "before") the root element")
      } else if has("</") || has("<!") {
        throw fail(at: position, "markup \(rootSeen ? "after" : "before") the root element")
      } else if rootSeen {
        throw fail(at: position, "a second root element after the first")
      } else {
        return try startTag()
      }
    }
  }

  // MARK: Tags

  private mutating func startTag() throws(XMLReadError) -> Event {
    let offset = position
    position += 1
    let name = try scanName(after: "<")
    var raw: [(name: Range<Int>, value: String, offset: Int)] = []
    while true {
      let spaced = skipWhitespace()
      guard position < bytes.count else {
        throw fail(at: offset, "the tag <\(text(name)) is not closed by \">\"")
      }
      if bytes[position] == UInt8(ascii: ">") {
        position += 1
        break
      }
      if has("/>") {
        position += 2
        endingEmpty = true
        break
      }
      guard spaced else {
        throw fail(at: position, "unexpected \"\(character(at: position))\" in the tag <\(text(name))>")
      }
      let attributeOffset = position
      let attribute = try scanName(after: "<\(text(name))")
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
        throw fail(at: attributeOffset, "the attribute \(text(attribute)) of <\(text(name))> has no value")
      }
      position += 1
      skipWhitespace()
      let value = try attributeValue()
      if raw.contains(where: { bytes[$0.name].elementsEqual(bytes[attribute]) }) {
        throw fail(at: attributeOffset, "the attribute \(text(attribute)) appears twice in <\(text(name))>")
      }
      raw.append((attribute, value, attributeOffset))
    }
    let scope = bindings.count
    var attributes: [Attribute] = []
    for attribute in raw where isDeclaration(attribute.name) {
      let prefix =
        attribute.name.count == 5 ? "" : text(attribute.name.lowerBound + 6..<attribute.name.upperBound)
      try declare(prefix, attribute.value, at: attribute.offset)
    }
    for attribute in raw where !isDeclaration(attribute.name) {
      let resolved = try resolve(attribute.name, inDefault: false, at: attribute.offset)
      if attributes.contains(where: { $0.name == resolved }) {
        throw fail(
          at: attribute.offset,
          "the attribute \(text(attribute.name)) of <\(text(name))> repeats another's name in the same namespace"
        )
      }
      attributes.append(Attribute(resolved, attribute.value))
    }
    let resolved = try resolve(name, inDefault: true, at: offset)
    open.append(Open(name: name, resolved: resolved, scope: scope, offset: offset))
    rootSeen = true
    return .start(resolved, attributes: attributes)
  }

  private mutating func endTag() throws(XMLReadError) -> Name {
    let offset = position
    position += 2
    let name = try scanName(after: "</")
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
      throw fail(at: offset, "the end tag </\(text(name)) is not closed by \">\"")
    }
    position += 1
    let element = open[open.count - 1]
    guard bytes[name].elementsEqual(bytes[element.name]) else {
      throw fail(
        at: offset,
        "</\(text(name))> does not close <\(text(element.name))> (opened on line \(line(at: element.offset)))"
      )
    }
    return close()
  }

  private mutating func close() -> Name {
    let element = open.removeLast()
    bindings.removeSubrange(element.scope...)
    return element.resolved
  }

  /// A name, with at most one colon, between a prefix and a local part that are names themselves.
  private mutating func scanName(after context: String) throws(XMLReadError) -> Range<Int> {
    let start = position
    var colon: Int?
    while position < bytes.count && XMLCharacters.isNameByte(bytes[position]) {
      if bytes[position] == UInt8(ascii: ":") {
        guard colon == nil else { throw fail(at: start, "a name with two colons after \(context)") }
        colon = position
      }
      position += 1
    }
    guard position > start, XMLCharacters.isNameStart(bytes[start]) else {
      throw fail(at: start, "\(context) is not followed by a name")
    }
    if let colon {
      guard colon > start, colon + 1 < position, XMLCharacters.isNameStart(bytes[colon + 1]) else {
        throw fail(at: start, "\"\(text(start..<position))\" is not a prefixed name (prefix:name)")
      }
    }
    return start..<position
  }

  // MARK: Namespaces

  /// Whether an attribute's name is `xmlns` or `xmlns:prefix`.
  private func isDeclaration(_ name: Range<Int>) -> Bool {
    has("xmlns", at: name.lowerBound) && (name.count == 5 || bytes[name.lowerBound + 5] == UInt8(ascii: ":"))
  }

  private mutating func declare(_ prefix: String, _ namespace: String, at offset: Int) throws(XMLReadError) {
    guard prefix != "xmlns", (prefix == "xml") == (namespace == Self.xmlNamespace),
      namespace != Self.xmlnsNamespace
    else { throw fail(at: offset, "the prefix \"\(prefix)\" cannot be bound to \"\(namespace)\"") }
    guard prefix.isEmpty || !namespace.isEmpty else {
      throw fail(at: offset, "the prefix \"\(prefix)\" is declared with no namespace")
    }
    bindings.append((prefix, namespace))
  }

  /// The name's namespace: its prefix's, or for an unprefixed name the default one (elements) or none.
  private func resolve(_ name: Range<Int>, inDefault: Bool, at offset: Int) throws(XMLReadError) -> Name {
    guard let colon = bytes[name].firstIndex(of: UInt8(ascii: ":")) else {
      let namespace = inDefault ? namespace(of: "") : nil
      return Name(text(name), namespace: namespace?.isEmpty == false ? namespace : nil)
    }
    let prefix = text(name.lowerBound..<colon)
    guard let namespace = namespace(of: prefix) else {
      throw fail(at: offset, "the prefix \"\(prefix)\" of \(text(name)) is not declared")
    }
    return Name(text(colon + 1..<name.upperBound), namespace: namespace)
  }

  private func namespace(of prefix: String) -> String? {
    bindings.last { $0.prefix == prefix }?.namespace
  }

  // MARK: Text

  /// Character data up to the next tag: references resolved, CDATA sections kept, comments and
  /// processing instructions left out, line ends made line feeds.
  private mutating func characterData() throws(XMLReadError) -> String {
    var out: [UInt8] = []
    var brackets = 0
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "<"):
        if has("<![CDATA[") {
          try cdata(into: &out)
        } else if has("<!--") {
          try skipComment()
        } else if has("<?") {
          try skipInstruction()
        } else if has("<!") {
          throw fail(
            at: position, "unexpected \"<!\" in an element (only a comment or CDATA section starts so)")
        } else {
          return String(decoding: out, as: UTF8.self)
        }
        brackets = 0
      case UInt8(ascii: "&"):
        try reference(into: &out)
        brackets = 0
      case UInt8(ascii: "\r"):
        lineFeed(into: &out, as: UInt8(ascii: "\n"))
        brackets = 0
      case UInt8(ascii: ">") where brackets >= 2:
        throw fail(at: position, "\"]]>\" is not allowed in text")
      default:
        brackets = byte == UInt8(ascii: "]") ? brackets + 1 : 0
        out.append(byte)
        position += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private mutating func cdata(into out: inout [UInt8]) throws(XMLReadError) {
    let start = position
    position += 9
    guard let end = find("]]>") else { throw fail(at: start, "a CDATA section is not closed by \"]]>\"") }
    while position < end {
      if bytes[position] == UInt8(ascii: "\r") {
        lineFeed(into: &out, as: UInt8(ascii: "\n"))
      } else {
        out.append(bytes[position])
        position += 1
      }
    }
    position = end + 3
  }

  /// A quoted value: references resolved, each tab and line end a space.
  private mutating func attributeValue() throws(XMLReadError) -> String {
    let start = position
    guard position < bytes.count,
      bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
    else { throw fail(at: position, "an attribute's value is not in quotes") }
    let quote = bytes[position]
    position += 1
    var out: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case quote:
        position += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "<"): throw fail(at: position, "\"<\" in an attribute's value (write &lt;)")
      case UInt8(ascii: "&"): try reference(into: &out)
      case UInt8(ascii: "\r"): lineFeed(into: &out, as: UInt8(ascii: " "))
      case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
        out.append(UInt8(ascii: " "))
        position += 1
      default:
        out.append(byte)
        position += 1
      }
    }
    throw fail(at: start, "an attribute's value is not closed by its quote")
  }

  /// A carriage return, with the line feed after it if there is one, as one byte.
  private mutating func lineFeed(into out: inout [UInt8], as byte: UInt8) {
    out.append(byte)
    position += 1
    if position < bytes.count && bytes[position] == UInt8(ascii: "\n") { position += 1 }
  }

  /// `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#decimal;` or `&#xhex;`, as its character.
  private mutating func reference(into out: inout [UInt8]) throws(XMLReadError) {
    let start = position
    position += 1
    let numeric = position < bytes.count && bytes[position] == UInt8(ascii: "#")
    if numeric { position += 1 }
    let body = position
    while position < bytes.count && XMLCharacters.isNameByte(bytes[position]) { position += 1 }
    guard position > body || numeric else { throw fail(at: start, "a bare \"&\" (write &amp;)") }
    guard position < bytes.count, bytes[position] == UInt8(ascii: ";") else {
      throw fail(at: start, "the reference \(text(start..<position)) is not closed by \";\"")
    }
    position += 1
    let reference = text(start..<position)
    guard numeric else {
      switch text(body..<position - 1) {
      case "lt": out.append(UInt8(ascii: "<"))
      case "gt": out.append(UInt8(ascii: ">"))
      case "amp": out.append(UInt8(ascii: "&"))
      case "quot": out.append(UInt8(ascii: "\""))
      case "apos": out.append(UInt8(ascii: "'"))
      default:
        throw fail(at: start, "the entity \(reference) is unknown (XML defines only lt, gt, amp, quot, apos)")
      }
      return
    }
    var digits = bytes[body..<position - 1]
    let hexadecimal = digits.first == UInt8(ascii: "x")
    if hexadecimal { digits = digits.dropFirst() }
    guard let value = Self.number(digits, radix: hexadecimal ? 16 : 10), XMLCharacters.isCharacter(value)
    else {
      throw fail(at: start, "the character reference \(reference) is not a character XML allows")
    }
    XMLCharacters.appendUTF8(value, to: &out)
  }

  /// Decimal or hexadecimal digits as a number no larger than U+10FFFF; nil if they are not.
  private static func number(_ digits: ArraySlice<UInt8>, radix: UInt32) -> UInt32? {
    guard !digits.isEmpty else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16:
        digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16:
        digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value * radix + digit
      if value > 0x10FFFF { return nil }
    }
    return value
  }

  // MARK: Skipped

  private mutating func skipComment() throws(XMLReadError) {
    let start = position
    position += 4
    guard let end = find("--") else { throw fail(at: start, "a comment is not closed by \"-->\"") }
    guard has("-->", at: end) else { throw fail(at: end, "\"--\" inside a comment") }
    position = end + 3
  }

  private mutating func skipInstruction() throws(XMLReadError) {
    let start = position
    position += 2
    let target = try scanName(after: "<?")
    if text(target).lowercased() == "xml" {
      throw fail(at: start, "an XML declaration after the start of the document")
    }
    guard let end = find("?>") else {
      throw fail(at: start, "a processing instruction is not closed by \"?>\"")
    }
    guard end == position || XMLCharacters.isWhitespace(bytes[position]) else {
      throw fail(at: position, "unexpected \"\(character(at: position))\" after <?\(text(target))")
    }
    position = end + 2
  }

  /// `<?xml version="1.0" encoding="UTF-8" ...?>`: only its encoding matters, and must be UTF-8.
  private mutating func declaration() throws(XMLReadError) {
    let start = position
    guard let end = find("?>") else { throw fail(at: start, "the XML declaration is not closed by \"?>\"") }
    var index = start
    while index < end && !has("encoding", at: index) { index += 1 }
    if index < end {
      position = index + 8
      skipWhitespace()
      guard position < end, bytes[position] == UInt8(ascii: "=") else {
        throw fail(at: index, "the XML declaration's encoding has no value")
      }
      position += 1
      skipWhitespace()
      let encoding = try attributeValue()
      guard encoding.lowercased() == "utf-8" else {
        throw fail(at: index, "the document is declared as \(encoding); only UTF-8 is read")
      }
    }
    position = end + 2
  }

  // MARK: Bytes

  /// Whether the bytes at `index` (the current position if nil) are `literal`'s.
  private func has(_ literal: StaticString, at index: Int? = nil) -> Bool {
    let index = index ?? position
    return literal.withUTF8Buffer { literal in
      index + literal.count <= bytes.count && literal.indices.allSatisfy { bytes[index + $0] == literal[$0] }
    }
  }

  /// Where `literal` next occurs from the current position.
  private func find(_ literal: StaticString) -> Int? {
    var index = position
    while index < bytes.count {
      if has(literal, at: index) { return index }
      index += 1
    }
    return nil
  }

  @discardableResult
  private mutating func skipWhitespace() -> Bool {
    let start = position
    while position < bytes.count && XMLCharacters.isWhitespace(bytes[position]) { position += 1 }
    return position > start
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The character starting at `offset`, for a message.
  private func character(at offset: Int) -> String {
    var end = offset + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return text(offset..<end)
  }

  private func line(at offset: Int) -> Int {
    var line = 1
    for byte in bytes[..<min(offset, bytes.count)] where byte == UInt8(ascii: "\n") { line += 1 }
    return line
  }

  private func fail(at offset: Int, _ reason: String) -> XMLReadError {
    XMLReadError(line: line(at: offset), reason: reason)
  }
}

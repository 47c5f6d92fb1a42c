/// A filled return file as read, before validation: where it says it is from and each answer
/// with its line.
public struct FilledReturn: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var line: Int
    public var reference: String
    public var key: String
    public var value: String
  }

  /// Text found on a line of the file.
  public struct Located: Sendable, Equatable {
    public var line: Int
    public var text: String
  }

  /// How problems are placed: by line in a text file, by case and field in a Word form (whose
  /// `line`s only number its fields in document order).
  public enum Places: Sendable, Equatable {
    case lines
    case fields
  }

  public var places = Places.lines
  /// The audit id the file names.
  public var audit: Located?
  /// The agency the file names.
  public var agency: Located?
  public var entries: [Entry] = []
  /// Problems of form found while reading, as `field: problem` (without the file name).
  public var problems: [Located] = []

  mutating func problem(_ line: Int, _ message: String) {
    problems.append(Located(line: line, text: message))
  }

  /// Reads a CSV return (`ReturnTemplate.csv`).
  public static func csv(_ bytes: [UInt8]) -> FilledReturn {
    var filled = FilledReturn()
    let document: CSVDocument
    do {
      document = try CSVReader.read(bytes)
    } catch {
      filled.problem(error.line, error.message)
      return filled
    }
    guard let header = document.header else {
      filled.problem(1, "the file is empty")
      return filled
    }
    let columns = ["audit", "agency", "case", "item", "answer"].map { header.index(of: $0) }
    guard columns.allSatisfy({ $0 != nil }) else {
      filled.problem(
        header.line,
        "header: the header must have the columns audit, agency, case, item and answer, as in the template")
      return filled
    }
    let index = columns.map { $0! }
    for record in document.rows where !record.isBlank {
      let field = { (column: Int) in (record.field(at: index[column]) ?? "").trimmingWhitespace }
      if filled.audit == nil { filled.audit = Located(line: record.line, text: field(0)) }
      if filled.agency == nil { filled.agency = Located(line: record.line, text: field(1)) }
      if field(0).lowercased() != filled.audit!.text.lowercased() {
        filled.problem(record.line, "audit: \"\(field(0))\" differs from \"\(filled.audit!.text)\" above")
      }
      if field(1).lowercased() != filled.agency!.text.lowercased() {
        filled.problem(
          record.line,
          "agency: \"\(field(1))\" differs from \"\(filled.agency!.text)\" above; send one file per agency")
      }
      filled.entries.append(Entry(line: record.line, reference: field(2), key: field(3), value: field(4)))
    }
    return filled
  }

  /// Reads a Markdown return from its bytes, refusing a NUL, bytes that are not UTF-8 and answers
  /// over `ImportLimits` with their line.
  public static func markdown(bytes: [UInt8]) -> FilledReturn {
    var filled = FilledReturn()
    if let nul = bytes.firstIndex(of: 0) {
      filled.problem(line(of: nul, in: bytes), "the file holds a NUL byte, which cannot be stored: remove it")
      return filled
    }
    let invalid = bytes.withUnsafeBufferPointer { ImportLimits.firstInvalidUTF8Line($0) }
    if let invalid {
      filled.problem(
        invalid, "this line has bytes that are not UTF-8 (they would be lost): save the file as UTF-8")
      return filled
    }
    filled = markdown(String(decoding: bytes, as: UTF8.self))
    for entry in filled.entries {
      if let message = ImportLimits.problem(field: entry.value) {
        filled.problem(entry.line, "\(entry.key): the answer \(message)")
      }
    }
    return filled
  }

  private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
    bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  /// Reads a Markdown return (`ReturnTemplate.markdown`).
  public static func markdown(_ text: String) -> FilledReturn {
    var filled = FilledReturn()
    var reference: String?
    var current: (line: Int, key: String, lines: [(Int, String)])?
    func finish() {
      guard let item = current, let reference else { return }
      let answer = item.lines.map(\.1).joined(separator: "\n").trimmingWhitespace
      let line = item.lines.first { !$0.1.trimmingWhitespace.isEmpty }?.0 ?? item.line
      filled.entries.append(Entry(line: line, reference: reference, key: item.key, value: answer))
      current = nil
    }
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (offset, raw) in lines.enumerated() {
      let number = offset + 1
      let line = String(raw)
      let trimmed = line.trimmingWhitespace
      if trimmed.hasPrefix("### ") {
        finish()
        guard reference != nil else {
          filled.problem(number, "item: a ### heading before the first ## Case heading")
          continue
        }
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else {
          filled.problem(
            number, "item: the heading has lost its [key]; keep the template's headings as they are")
          continue
        }
        let key = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        current = (number, key, [])
      } else if trimmed.hasPrefix("## ") {
        finish()
        let heading = String(trimmed.dropFirst(3)).trimmingWhitespace
        guard heading.lowercased().hasPrefix("case ") else {
          filled.problem(number, "case: expected \"## Case REFERENCE\"")
          reference = nil
          continue
        }
        reference = String(heading.dropFirst(5)).trimmingWhitespace
      } else if trimmed.hasPrefix(">") || trimmed == "---" || trimmed.hasPrefix("<!--") {
        continue
      } else if current != nil {
        current!.lines.append((number, line))
      } else if reference == nil, let (label, value) = Self.labelled(trimmed) {
        if label == "audit" { filled.audit = Located(line: number, text: value) }
        if label == "agency" { filled.agency = Located(line: number, text: value) }
      }
    }
    finish()
    return filled
  }

  private static func labelled(_ line: String) -> (String, String)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let label = line[..<colon].lowercased().trimmingWhitespace
    guard label == "audit" || label == "agency" else { return nil }
    return (label, String(line[line.index(after: colon)...]).trimmingWhitespace)
  }
}

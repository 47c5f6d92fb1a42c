/// A prepared statement run once per row of a bulk write (a candidate import's 100,000 rows, an
/// action's change records), its text values written end to end into one reusable buffer, each
/// followed by a NUL byte, and handed to the database without a copy: no `SQLValue`, no
/// existential and no allocation per value. The statement may be a cached one: every run binds
/// all its values and clears them afterwards.
struct BulkStatement {
  private let target: any BulkWrite
  /// The row's texts, each followed by a NUL byte (so an empty text still has an address).
  private var bytes: [UInt8] = []
  /// The row's values in order.
  private var values: [BulkValue] = []

  init(_ target: any BulkWrite) {
    self.target = target
  }

  /// Appends the next value of the row; nil is NULL.
  mutating func append(_ text: String?) {
    guard let text else { return values.append(.null) }
    let start = bytes.count
    put(text)
    values.append(.text(start..<bytes.count))
    bytes.append(0)
  }

  /// Appends the next value of the row, an integer.
  mutating func append(_ integer: Int) {
    values.append(.integer(Int64(integer)))
  }

  /// Appends `parts` joined by `separator` as one value.
  mutating func append(_ parts: [String], separator: String) {
    let start = bytes.count
    for (index, part) in parts.enumerated() {
      if index > 0 { put(separator) }
      put(part)
    }
    values.append(.text(start..<bytes.count))
    bytes.append(0)
  }

  /// Copies a text's bytes in one go (appending a `String.UTF8View` goes byte by byte).
  private mutating func put(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// Whether the values appended since the last run are `texts`, in order (nil is NULL).
  func holds(_ texts: [String?]) -> Bool {
    texts.count == values.count
      && zip(texts, values).allSatisfy { text, value in
        switch (text, value) {
        case (nil, .null): true
        case (let text?, .text(let range)): bytes[range].elementsEqual(text.utf8)
        default: false
        }
      }
  }

  /// Drops the values appended since the last run: the next row starts.
  mutating func discard() {
    bytes.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  /// Runs the statement with the values appended since the last run, then starts the next row.
  mutating func execute() throws {
    defer { discard() }
    try bytes.withUnsafeBufferPointer { try target.run(values, in: $0) }
  }
}

/// One value of a bulk row.
enum BulkValue {
  case null
  case integer(Int64)
  /// Where the text is in the row's buffer; a NUL byte follows it.
  case text(Range<Int>)
}

/// A database's prepared statement that a `BulkStatement` runs.
protocol BulkWrite {
  /// Runs the statement once with `values`, whose texts are in `bytes`.
  func run(_ values: [BulkValue], in bytes: UnsafeBufferPointer<UInt8>) throws
}

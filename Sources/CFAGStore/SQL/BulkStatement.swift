/// A prepared statement run once per row of a bulk write (a candidate import's 100,000 rows, an
/// action's change records), its values written into a reusable `BulkRows` buffer and handed to
/// the database without a copy: no `SQLValue`, no existential and no allocation per value. The
/// statement may be a cached one: every run binds all its values and clears them afterwards.
struct BulkStatement {
  private let target: any BulkWrite
  /// The row being appended.
  private var row = BulkRows()

  init(_ target: any BulkWrite) {
    self.target = target
  }

  /// Appends the next value of the row; nil is NULL.
  mutating func append(_ text: String?) { row.append(text) }

  /// Appends the next value of the row, an integer.
  mutating func append(_ integer: Int) { row.append(integer) }

  /// Runs the statement with the values appended since the last run, then starts the next row.
  mutating func execute() throws {
    defer { row.removeAll() }
    row.endRow()
    try run(row, 0)
  }

  /// Runs the statement with row `index` of `rows` (encoded elsewhere, perhaps on another thread).
  func run(_ rows: BulkRows, _ index: Int) throws {
    try rows.bytes.withUnsafeBufferPointer { try target.run(rows.values[rows.range(of: index)], in: $0) }
  }
}

/// The values of rows for a `BulkStatement`, end to end: the texts' bytes in one buffer, each
/// followed by a NUL byte (so an empty text still has an address), and each row's values in order.
struct BulkRows: Sendable {
  fileprivate private(set) var bytes: [UInt8] = []
  fileprivate private(set) var values: [BulkValue] = []
  /// Where each row's values end in `values`.
  private var ends: [Int] = []

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

  /// Ends the row: the next value starts another.
  mutating func endRow() { ends.append(values.count) }

  /// Drops every row, keeping the buffers' room.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }

  /// Copies a text's bytes in one go (appending a `String.UTF8View` goes byte by byte).
  private mutating func put(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  fileprivate func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// Whether row `index` starts with `texts`, in order (nil is NULL).
  func row(_ index: Int, startsWith texts: [String?]) -> Bool {
    let row = values[range(of: index)]
    return texts.count <= row.count
      && zip(texts, row).allSatisfy { text, value in
        switch (text, value) {
        case (nil, .null): true
        case (let text?, .text(let range)): bytes[range].elementsEqual(text.utf8)
        default: false
        }
      }
  }
}

/// One value of a bulk row.
enum BulkValue: Sendable {
  case null
  case integer(Int64)
  /// Where the text is in the rows' buffer; a NUL byte follows it.
  case text(Range<Int>)
}

/// A database's prepared statement that a `BulkStatement` runs.
protocol BulkWrite {
  /// Runs the statement once with `values`, whose texts are in `bytes`.
  func run(_ values: ArraySlice<BulkValue>, in bytes: UnsafeBufferPointer<UInt8>) throws
}

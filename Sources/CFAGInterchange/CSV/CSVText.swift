/// A parsed file's fields as byte ranges of one buffer: the file's UTF-8 text, each quoted field
/// unescaped where it stood (its doubled quotes made single, so a field only ever shrinks), and
/// where every field starts and ends. The records of a file (or of one batch of it, sharing the
/// file's buffer with the others) share one; a field becomes a `String`
/// only when someone asks for it, so a 100,000-row import makes no `String` for most cells.
///
/// Immutable once made, so it may be shared across threads.
final class CSVText: @unchecked Sendable {
  /// The text, shared by the texts of one file's batches and freed with the last of them.
  private let buffer: CSVBuffer
  /// Each field's bytes in `buffer`, in file order.
  private let spans: [Range<Int>]

  init(_ buffer: CSVBuffer, spans: [Range<Int>]) {
    self.buffer = buffer
    self.spans = spans
  }

  /// The text of `fields`, one after another.
  convenience init(fields: [String]) {
    let buffer = CSVBuffer(capacity: fields.reduce(0) { $0 + $1.utf8.count })
    var spans: [Range<Int>] = []
    spans.reserveCapacity(fields.count)
    var end = 0
    for field in fields {
      let start = end
      for byte in field.utf8 {
        buffer.bytes[end] = byte
        end += 1
      }
      spans.append(start..<end)
    }
    self.init(buffer, spans: spans)
  }

  /// The bytes of field `index` (0-based over the whole file). They stay valid while this object
  /// lives: whoever keeps them must keep it (or a record or document holding it) alive.
  func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let span = spans[index]
    return UnsafeBufferPointer(rebasing: buffer.bytes[span])
  }

  /// Field `index` as a `String`.
  func string(_ index: Int) -> String {
    let span = spans[index]
    return span.isEmpty ? "" : String(decoding: bytes(index), as: UTF8.self)
  }
}

/// A file's text as the parser left it (quoted fields unescaped in place), owned by this object
/// and freed with it.
final class CSVBuffer: @unchecked Sendable {
  let bytes: UnsafeMutableBufferPointer<UInt8>

  init(capacity: Int) {
    bytes = .allocate(capacity: capacity)
  }

  /// A copy of `source`.
  convenience init(copying source: UnsafeBufferPointer<UInt8>) {
    self.init(capacity: source.count)
    _ = bytes.initialize(from: source)
  }

  deinit { bytes.deallocate() }
}

/// A parsed file's fields as byte ranges of one buffer: the file's UTF-8 text, each quoted field
/// unescaped where it stood (its doubled quotes made single, so a field only ever shrinks), and
/// where every field starts and ends. The records of a file share one; a field becomes a `String`
/// only when someone asks for it, so a 100,000-row import makes no `String` for most cells.
///
/// Immutable once made, so it may be shared across threads.
final class CSVText: @unchecked Sendable {
  /// The text, owned by this object and freed with it.
  private let storage: UnsafeMutableBufferPointer<UInt8>
  /// Each field's bytes in `storage`, in file order.
  private let spans: [Range<Int>]

  /// Takes ownership of `storage` (allocated with `allocate(capacity:)`).
  init(taking storage: UnsafeMutableBufferPointer<UInt8>, spans: [Range<Int>]) {
    self.storage = storage
    self.spans = spans
  }

  /// The text of `fields`, one after another.
  convenience init(fields: [String]) {
    let total = fields.reduce(0) { $0 + $1.utf8.count }
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: total)
    var spans: [Range<Int>] = []
    spans.reserveCapacity(fields.count)
    var end = 0
    for field in fields {
      let start = end
      for byte in field.utf8 {
        storage[end] = byte
        end += 1
      }
      spans.append(start..<end)
    }
    self.init(taking: storage, spans: spans)
  }

  deinit { storage.deallocate() }

  /// The bytes of field `index` (0-based over the whole file). They stay valid while this object
  /// lives: whoever keeps them must keep it (or a record or document holding it) alive.
  func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let span = spans[index]
    return UnsafeBufferPointer(rebasing: storage[span])
  }

  /// Field `index` as a `String`.
  func string(_ index: Int) -> String {
    let span = spans[index]
    return span.isEmpty ? "" : String(decoding: UnsafeBufferPointer(rebasing: storage[span]), as: UTF8.self)
  }
}

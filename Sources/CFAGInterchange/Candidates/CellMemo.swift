/// What a column's cells gave, remembered under their bytes. A small table, indexed by a cheap mix
/// of a cell's length and first and last eight bytes, holds the values met lately, so most cells
/// of a long list are found with one comparison of bytes and no hashing; the others are looked up
/// in a dictionary hashed with the process's random seed, so no file can make lookups slow. Like
/// `CellBytes`, it must not outlive the document its cells point into.
struct CellMemo<Value> {
  private var recent: [(cell: CellBytes, value: Value)?]
  private var all: [CellBytes: Value] = [:]
  /// How far the mix is shifted to index `recent`.
  private let shift: UInt64

  /// A memo whose table of recent values has `2^bits` places: a few more than the distinct values
  /// the column usually holds.
  init(bits: Int) {
    recent = Array(repeating: nil, count: 1 << bits)
    shift = UInt64(64 - bits)
  }

  /// The value remembered for `cell`, or nil.
  mutating func value(for cell: CellBytes) -> Value? {
    let place = place(cell)
    if let entry = recent[place], entry.cell == cell { return entry.value }
    guard let value = all[cell] else { return nil }
    recent[place] = (cell, value)
    return value
  }

  mutating func remember(_ value: Value, for cell: CellBytes) {
    all[cell] = value
    recent[place(cell)] = (cell, value)
  }

  /// The cell's place in `recent`: its length and first and last eight bytes, multiplied and folded.
  private func place(_ cell: CellBytes) -> Int {
    let bytes = cell.bytes
    var mix = UInt64(bytes.count)
    if bytes.count >= 8 {
      let base = UnsafeRawPointer(bytes.baseAddress!)
      mix ^= base.loadUnaligned(as: UInt64.self)
      mix ^= (base + bytes.count - 8).loadUnaligned(as: UInt64.self).rotated(by: 29)
    } else {
      for byte in bytes { mix = mix << 8 | UInt64(byte) }
    }
    return Int((mix &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}

extension UInt64 {
  fileprivate func rotated(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}

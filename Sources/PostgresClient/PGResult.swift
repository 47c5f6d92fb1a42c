import CPQ

/// The rows of a statement's result, in text format (`PQclear`ed when the last reference goes).
/// Rows and columns count from 0; asking for one out of range is a programming error.
public final class PGResult {
  let pq: LibPQ
  let handle: OpaquePointer

  /// How many rows and columns: asked of libpq once, not at each value's bounds check.
  public let rowCount: Int
  public let columnCount: Int

  init(_ handle: OpaquePointer, pq: LibPQ) {
    self.handle = handle
    self.pq = pq
    rowCount = Int(pq.ntuples(handle))
    columnCount = Int(pq.nfields(handle))
  }

  deinit { pq.clear(handle) }

  /// The rows an INSERT, UPDATE, DELETE, MERGE, SELECT or similar touched; nil for other commands.
  public var affectedRows: Int? {
    pq.cmdTuples(handle).flatMap { Int(String(cString: $0)) }
  }

  public func columnName(_ column: Int) -> String {
    checkColumn(column)
    return pq.fname(handle, Int32(column)).map { String(cString: $0) } ?? ""
  }

  /// The first column of that name (as written in the statement; quote it as `"Name"` to keep
  /// capitals), nil when there is none.
  public func columnIndex(named name: String) -> Int? {
    let index = pq.fnumber(handle, name)
    return index < 0 ? nil : Int(index)
  }

  /// The OID of the column's type: compare with `PGType`.
  public func columnTypeOID(_ column: Int) -> UInt32 {
    checkColumn(column)
    return pq.ftype(handle, Int32(column))
  }

  public func isNull(row: Int, column: Int) -> Bool {
    checkCell(row, column)
    return pq.getisnull(handle, Int32(row), Int32(column)) != 0
  }

  /// The value's text, nil when NULL.
  public func string(row: Int, column: Int) -> String? {
    withValue(row, column) { String(decoding: $0, as: UTF8.self) }
  }

  /// The value as an integer; nil when NULL or not an integer's text.
  public func integer(row: Int, column: Int) -> Int64? {
    string(row: row, column: column).flatMap { Int64($0) }
  }

  /// The value as a double (`Infinity`, `-Infinity` and `NaN` included); nil when NULL or not a number.
  public func real(row: Int, column: Int) -> Double? {
    guard let text = string(row: row, column: column) else { return nil }
    switch text {
    case "Infinity": return .infinity
    case "-Infinity": return -.infinity
    case "NaN": return .nan
    default: return Double(text)
    }
  }

  /// The value of a boolean (`t` or `f`); nil when NULL or anything else.
  public func boolean(row: Int, column: Int) -> Bool? {
    switch string(row: row, column: column) {
    case "t": return true
    case "f": return false
    default: return nil
    }
  }

  /// The bytes of a `bytea` in the server's hex output (`\x0aff`, the default `bytea_output`);
  /// nil when NULL or not in that form.
  public func bytes(row: Int, column: Int) -> [UInt8]? {
    withValue(row, column) { Self.hexBytea($0) } ?? nil
  }

  /// Decodes `\x` followed by pairs of hex digits.
  static func hexBytea(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard text.count >= 2, text.count % 2 == 0, text[0] == UInt8(ascii: "\\"), text[1] == UInt8(ascii: "x")
    else { return nil }
    func nibble(_ digit: UInt8) -> UInt8? {
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
      default: return nil
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.count / 2 - 1)
    var index = 2
    while index < text.count {
      guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else { return nil }
      bytes.append(high << 4 | low)
      index += 2
    }
    return bytes
  }

  /// Calls `body` with the value's bytes (without libpq's NUL), or returns nil when NULL.
  private func withValue<Value>(_ row: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Value)
    -> Value?
  {
    guard !isNull(row: row, column: column) else { return nil }
    let length = Int(pq.getlength(handle, Int32(row), Int32(column)))
    let start = UnsafeRawPointer(pq.getvalue(handle, Int32(row), Int32(column))!)
    return body(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: length))
  }

  private func checkColumn(_ column: Int) {
    precondition(column >= 0 && column < columnCount, "column \(column) of a result of \(columnCount)")
  }

  private func checkCell(_ row: Int, _ column: Int) {
    checkColumn(column)
    precondition(row >= 0 && row < rowCount, "row \(row) of a result of \(rowCount)")
  }
}

/// A statement parameter. Each is sent in text format with no type (the server infers it from the
/// statement), except `bytes`, sent as binary `bytea`.
public enum PGValue: Sendable, Hashable {
  case null
  case text(String)
  case integer(Int64)
  case real(Double)
  case bytes([UInt8])
  case boolean(Bool)
}

/// The type OIDs the client sends or a caller may compare `PGResult.columnTypeOID(_:)` with.
public enum PGType {
  public static let unknown: UInt32 = 0
  public static let boolean: UInt32 = 16
  public static let bytea: UInt32 = 17
  public static let int8: UInt32 = 20
  public static let int4: UInt32 = 23
  public static let text: UInt32 = 25
  public static let float8: UInt32 = 701
  public static let varchar: UInt32 = 1043
  public static let timestamptz: UInt32 = 1184
}

extension PGValue {
  /// The parameter's bytes as libpq takes them: nil for NULL; text NUL-terminated.
  func encoded(position: Int) throws(PGError) -> (bytes: [UInt8]?, type: UInt32, binary: Bool) {
    switch self {
    case .null: return (nil, PGType.unknown, false)
    case .text(let text):
      let bytes = Array(text.utf8)
      if bytes.contains(0) {
        throw PGError(
          message: "parameter $\(position) holds a NUL character, which PostgreSQL text cannot hold")
      }
      return (bytes, PGType.unknown, false)
    case .integer(let value): return (Array(String(value).utf8), PGType.unknown, false)
    case .real(let value): return (Array(Self.text(value).utf8), PGType.unknown, false)
    case .boolean(let value): return (Array((value ? "t" : "f").utf8), PGType.unknown, false)
    case .bytes(let bytes): return (bytes, PGType.bytea, true)
    }
  }

  /// A double as PostgreSQL's float8 input reads it: Swift's shortest exact form, and PostgreSQL's
  /// spellings of the infinities and NaN.
  static func text(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
    return String(value)
  }
}

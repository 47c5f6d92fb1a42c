/// The text encoding a CSV file was decoded from.
///
/// `CSVReader` detects it from the bytes: a byte-order mark wins; otherwise the bytes are
/// UTF-8 when they are valid UTF-8, and Windows-1252 (what Excel on Windows writes for
/// "CSV (Comma delimited)") when they are not.
public enum CSVEncoding: String, Sendable, Equatable, CaseIterable {
  /// UTF-8 without a byte-order mark (plain ASCII files are reported as this).
  case utf8
  /// UTF-8 starting with the byte-order mark EF BB BF (Excel's "CSV UTF-8"); the mark is removed.
  case utf8WithBOM
  /// Windows code page 1252, chosen because the bytes were not valid UTF-8.
  case windows1252
  /// UTF-16 little-endian, announced by the byte-order mark FF FE.
  case utf16LittleEndian
  /// UTF-16 big-endian, announced by the byte-order mark FE FF.
  case utf16BigEndian

  /// A short human-readable name, e.g. for "read as Windows-1252" notices.
  public var displayName: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf8WithBOM: "UTF-8 (with BOM)"
    case .windows1252: "Windows-1252"
    case .utf16LittleEndian: "UTF-16 LE"
    case .utf16BigEndian: "UTF-16 BE"
    }
  }
}

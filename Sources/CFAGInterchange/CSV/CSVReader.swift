import Foundation

/// Reads CSV files (RFC 4180) from bytes, with encoding detection and physical line numbers.
///
/// - Quoted fields may contain commas, doubled quotes and line breaks (CR, LF or CRLF).
/// - Records end with CRLF, LF or a lone CR; the last one may lack a line ending.
/// - Physically empty lines are skipped. Records are never padded or truncated: compare
///   `CSVRecord.count` with the header (see `CSVDocument.fieldCountMismatches`).
/// - Encoding: a UTF-8 BOM is removed; UTF-16 with a BOM is decoded; otherwise valid UTF-8
///   is read as UTF-8 and anything else as Windows-1252. `CSVDocument.encoding` says which.
/// - Malformed quoting throws `CSVError`, the first problem in the file, with its line.
///
/// ```swift
/// let document = try CSVReader.read(contentsOf: url)
/// guard let header = document.header, let id = header.index(of: "Case ID") else { ... }
/// for mismatch in document.fieldCountMismatches { print("\(path):\(mismatch)") }
/// for row in document.rows { use(row.line, row.field(at: id)) }
/// ```
public enum CSVReader {
  /// Reads a CSV document from raw bytes.
  public static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVDocument {
    let (encoding, decoded) = try CSVTextDecoder.decode(bytes)
    switch decoded {
    case .original(let skip):
      return try read(UnsafeBufferPointer(rebasing: bytes[skip...]), encoding: encoding)
    case .transcoded(let utf8):
      return try utf8.withUnsafeBufferPointer { text throws(CSVError) in try read(text, encoding: encoding) }
    }
  }

  /// Parses UTF-8 `text` and holds it to `ImportLimits`.
  private static func read(_ text: UnsafeBufferPointer<UInt8>, encoding: CSVEncoding) throws(CSVError)
    -> CSVDocument
  {
    let (records, longestField) = try CSVParser.parse(text)
    let holdsNUL = text.baseAddress.map { memchr($0, 0, text.count) != nil } ?? false
    try ImportLimits.check(records, longestField: longestField, holdsNUL: holdsNUL)
    return CSVDocument(encoding: encoding, records: records)
  }

  /// Reads a CSV document from raw bytes.
  public static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVDocument {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in try read(buffer) }
  }

  /// Reads a CSV document from raw bytes.
  public static func read(_ data: Data) throws(CSVError) -> CSVDocument {
    // `Data.withUnsafeBytes` is untyped `rethrows`, so carry the outcome out as a `Result`.
    let result = data.withUnsafeBytes { raw in
      Result { () throws(CSVError) in try read(raw.bindMemory(to: UInt8.self)) }
    }
    return try result.get()
  }

  /// Reads a CSV document from a file. File-system errors are rethrown as they are;
  /// content problems throw `CSVError`.
  public static func read(contentsOf url: URL) throws -> CSVDocument {
    try read(Data(contentsOf: url))
  }
}

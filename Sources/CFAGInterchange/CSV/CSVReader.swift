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
/// let document = try CSVReader.read(FileBytes.read(atPath: path) ?? [])
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
    var document = CSVDocument(encoding: encoding, records: [])
    try read(text, encoding: encoding, batch: .max) { batch in
      document = batch
      return true
    }
    return document
  }

  /// Reads a CSV document from raw bytes `batch` records at a time, handing each batch to `body` in
  /// file order as soon as it is parsed and held to `ImportLimits` (the header is the first
  /// record of the first batch; `body` is called at least once, for an empty file with no
  /// records), until the file ends or `body` returns false. A problem later in the file is
  /// thrown after the batches before it were handed over, so a caller storing them as they come
  /// must discard them then.
  public static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, batch: Int, _ body: (CSVDocument) -> Bool
  ) throws(CSVError) {
    let (encoding, decoded) = try CSVTextDecoder.decode(bytes)
    switch decoded {
    case .original(let skip):
      try read(UnsafeBufferPointer(rebasing: bytes[skip...]), encoding: encoding, batch: batch, body)
    case .transcoded(let utf8):
      try utf8.withUnsafeBufferPointer { text throws(CSVError) in
        try read(text, encoding: encoding, batch: batch, body)
      }
    }
  }

  private static func read(
    _ text: UnsafeBufferPointer<UInt8>, encoding: CSVEncoding, batch: Int, _ body: (CSVDocument) -> Bool
  ) throws(CSVError) {
    let holdsNUL = text.baseAddress.map { memchr($0, 0, text.count) != nil } ?? false
    var parser = CSVParser(copying: text)
    var header: CSVRecord?
    repeat {
      let (records, longestField) = try parser.next(upTo: batch)
      if records.isEmpty && header != nil { break }
      header = header ?? records.first
      try ImportLimits.check(records, header: header, longestField: longestField, holdsNUL: holdsNUL)
      guard body(CSVDocument(encoding: encoding, records: records)) else { return }
    } while !parser.isAtEnd
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
}

/// A whole CSV file read into records, with the encoding it was decoded from.
///
/// The first record is the header (`header`), the rest are data rows (`rows`). Physically
/// empty lines are not records.
public struct CSVDocument: Sendable, Equatable {
  /// The encoding detected (and decoded from).
  public var encoding: CSVEncoding
  /// Every non-blank record, the header first.
  public var records: [CSVRecord]

  /// Creates a document.
  public init(encoding: CSVEncoding, records: [CSVRecord]) {
    self.encoding = encoding
    self.records = records
  }

  /// The first record as a header, or `nil` for a file without records.
  public var header: CSVHeader? {
    records.first.map(CSVHeader.init)
  }

  /// The records after the header.
  public var rows: ArraySlice<CSVRecord> {
    records.dropFirst()
  }

  /// Every data row whose field count differs from the header's, in file order.
  public var fieldCountMismatches: [CSVFieldCountMismatch] {
    guard let header else { return [] }
    return rows.compactMap(header.fieldCountMismatch(in:))
  }
}

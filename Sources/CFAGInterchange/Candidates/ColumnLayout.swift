import CFAGDomain

/// Which column of an export holds which candidate field, and which columns are dropped,
/// refused or ignored.
struct ColumnLayout {
  let header: CSVHeader
  /// Column → its index in the header.
  var indices: [CandidateColumn: Int] = [:]
  /// Indices of columns left out with `--drop` or `drop:`.
  var droppedIndices: Set<Int> = []

  init(header: CSVHeader, mapping: CandidateMapping, dropped: [String], file: String)
    throws(ImportProblems)
  {
    self.header = header
    var problems: [String] = []
    let location = "\(file):\(header.line)"
    let known = header.names.map { "\"\($0)\"" }.joined(separator: ", ")
    for name in dropped + mapping.dropped {
      if let index = header.index(of: name) {
        droppedIndices.insert(index)
      } else {
        problems.append("\(location): drop: there is no column \"\(name)\" (columns: \(known))")
      }
    }
    for column in CandidateColumn.allCases {
      if let name = mapping.columns[column] {
        guard let index = header.index(of: name) else {
          problems.append(
            "\(location): \(column.label): the mapping names column \"\(name)\", which is not in the file (columns: \(known))"
          )
          continue
        }
        indices[column] = index
      } else if let index = header.names.indices.first(where: { index in
        !droppedIndices.contains(index)
          && column.defaultHeaders.contains {
            CSVHeader.normalise($0) == CSVHeader.normalise(header.names[index])
          }
      }) {
        indices[column] = index
      }
    }
    for column in [CandidateColumn.reference, .planType] where indices[column] == nil {
      problems.append(
        "\(location): \(column.label): no column found for the \(column.field.label) (columns: \(known)); "
          + "name it in a mapping file with the line `\(column.label): YOUR HEADER` and pass --mapping FILE")
    }
    if !problems.isEmpty { throw ImportProblems(problems: problems) }
  }

  /// Columns neither read nor dropped.
  var ignored: [Int] {
    let used = Set(indices.values)
    return header.names.indices.filter { !used.contains($0) && !droppedIndices.contains($0) }
  }

  /// A refusal for each ignored column that looks like personal data.
  func personalDataProblems(document: CSVDocument, file: String) -> [String] {
    ignored.compactMap { index in
      let values = document.rows.prefix(500).compactMap { $0.field(at: index) }
      guard let kind = PersonalColumnCheck.kind(header: header.names[index], values: values) else {
        return nil
      }
      let name = header.names[index]
      return "\(file):\(header.line): column \"\(name)\": looks like it holds \(kind); a candidate list "
        + "keeps pseudonymous references and coarse attributes only, so the file is refused. "
        + "To import it without this column, add --drop \"\(name)\""
    }
  }

  /// A field with where its column is, looked up once for a whole list rather than once a row.
  struct Slot {
    let column: CandidateColumn
    let index: Int?
  }

  func slot(_ column: CandidateColumn) -> Slot {
    Slot(column: column, index: indices[column])
  }

  /// The slot's trimmed text in `record`, or nil when the column is absent or the cell empty.
  func value(_ slot: Slot, in record: CSVRecord) -> String? {
    guard let index = slot.index else { return nil }
    let bytes = record.bytes(at: index)
    guard let first = bytes.first, let last = bytes.last else { return nil }
    let field = String(decoding: bytes, as: UTF8.self)
    // Most cells have no spaces around them: skip walking the characters for those.
    if (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last) { return field }
    let text = field.trimmingWhitespace
    return text.isEmpty ? nil : text
  }

  /// The slot's bytes in `record` untrimmed, or nil when the column is absent or the cell has no
  /// bytes at all: the key under which `CandidateRowReader` remembers what a cell gave.
  func cell(_ slot: Slot, in record: CSVRecord) -> CellBytes? {
    guard let index = slot.index else { return nil }
    let bytes = record.bytes(at: index)
    return bytes.isEmpty ? nil : CellBytes(bytes: bytes)
  }
}

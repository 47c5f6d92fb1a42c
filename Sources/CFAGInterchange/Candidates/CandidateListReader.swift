import CFAGDomain

/// A candidate list read from an export, ready to store.
public struct CandidateList: Sendable {
  public var candidates: [CandidateCase]
  /// How its file was read.
  public var file: CandidateFile
}

/// How a candidate list's file was read: the columns it had that were not used, and its encoding.
public struct CandidateFile: Sendable {
  /// Columns neither used nor refused; they are not stored.
  public var ignoredColumns: [String]
  public var encoding: CSVEncoding
}

/// Turns a case management system's CSV export into candidates, enforcing data minimisation:
/// a date of birth becomes an age band and is never kept; columns that look like names,
/// addresses, NHS numbers, phone numbers, postcodes or emails are refused unless dropped.
///
/// All-or-nothing: any problem throws `ImportProblems` listing every problem found as
/// `file:line: field: problem`.
public struct CandidateListReader: Sendable {
  public var mapping: CandidateMapping
  /// Headers given with `--drop`.
  public var dropped: [String]
  /// The day ages are worked out on.
  public var today: Day

  public init(mapping: CandidateMapping = CandidateMapping(), dropped: [String] = [], today: Day) {
    self.mapping = mapping
    self.dropped = dropped
    self.today = today
  }

  /// Reads the file's bytes; `name` is how messages refer to the file.
  public func read(_ bytes: [UInt8], name: String) throws(ImportProblems) -> CandidateList {
    var candidates: [CandidateCase] = []
    let file = try read(bytes, name: name) { candidates += $0 }
    return CandidateList(candidates: candidates, file: file)
  }

  /// Reads the file's bytes, handing its candidates to `deliver` in the file's order, a few
  /// thousand at a time, as they are read (so they can be stored while the rest is read: the
  /// file itself is parsed a batch at a time too). Every row is read even after a problem; then
  /// any problem throws, and what was delivered must be discarded.
  public func read(
    _ bytes: [UInt8], name: String, deliver: ([CandidateCase]) -> Void
  ) throws(ImportProblems) -> CandidateFile {
    var reading: Result<CandidateReading, ImportProblems>?
    do {
      try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
        try CSVReader.read(buffer, batch: Self.chunk) { batch in
          var current: CandidateReading
          let records: ArraySlice<CSVRecord>
          switch reading {
          case nil:
            do throws(ImportProblems) {
              current = try CandidateReading(first: batch, of: self, name: name)
            } catch {
              reading = .failure(error)
              return false
            }
            records = batch.rows
          case .success(let kept)?:
            current = kept
            records = batch.records[...]
          case .failure?:
            return false
          }
          reading = nil  // one owner while it reads, so its lists are not copied
          current.read(records, deliver: deliver)
          reading = .success(current)
          return true
        }
      }
    } catch {
      throw ImportProblems(problems: ["\(name):\(error.line): \(error.message)"])
    }
    guard var done = try reading?.get() else {
      throw ImportProblems(problems: ["\(name):1: the file has no header row and no cases"])
    }
    return try done.finish(deliver: deliver)
  }

  /// Candidates handed over at a time.
  public static let chunk = 4096
}

/// One candidate list being read, a batch of records at a time: its header's layout, the
/// candidates not yet handed over, every line's reference and the problems found so far.
private struct CandidateReading {
  let name: String
  let header: CSVHeader
  let layout: ColumnLayout
  let encoding: CSVEncoding
  var problems: [String]
  var candidates: [CandidateCase] = []
  var firstLine: [String: Int] = [:]
  /// Remembers values under cells' bytes, which point into the file's parsed text: used only
  /// while the file is read.
  var rows: CandidateRowReader

  /// Starts with the file's first batch, whose first record is the header (its first 500 rows
  /// are what the personal-data check looks at).
  init(first: CSVDocument, of reader: CandidateListReader, name: String) throws(ImportProblems) {
    guard let header = first.header else {
      throw ImportProblems(problems: ["\(name):1: the file has no header row and no cases"])
    }
    self.name = name
    self.header = header
    layout = try ColumnLayout(header: header, mapping: reader.mapping, dropped: reader.dropped, file: name)
    encoding = first.encoding
    problems = layout.personalDataProblems(document: first, file: name)
    candidates.reserveCapacity(min(CandidateListReader.chunk, first.rows.count))
    firstLine.reserveCapacity(first.rows.count)
    rows = CandidateRowReader(layout: layout, mapping: reader.mapping, today: reader.today)
  }

  /// Reads `records` (rows, not the header), handing candidates over a chunk at a time.
  mutating func read(_ records: ArraySlice<CSVRecord>, deliver: ([CandidateCase]) -> Void) {
    for record in records where !record.isBlank {
      if let mismatch = header.fieldCountMismatch(in: record) {
        problems.append(
          "\(name):\(record.line): row: expected \(mismatch.expected) fields (as in the header) but found \(mismatch.found)"
        )
        continue
      }
      do throws(FieldProblem) {
        let candidate = try rows.candidate(record)
        // One search of the references: this line is stored unless another line was.
        let first = CandidateListReader.value(in: &firstLine[candidate.reference.value, default: record.line])
        if first != record.line {
          throw FieldProblem(
            field: "reference", message: "\"\(candidate.reference)\" is already on line \(first)")
        }
        candidates.append(candidate)
        if candidates.count == CandidateListReader.chunk {
          deliver(candidates)
          candidates.removeAll(keepingCapacity: true)
        }
      } catch {
        problems.append("\(name):\(record.line): \(error.field): \(error.message)")
      }
    }
  }

  /// Hands over the last candidates; throws every problem found, if any.
  mutating func finish(deliver: ([CandidateCase]) -> Void) throws(ImportProblems) -> CandidateFile {
    if !candidates.isEmpty { deliver(candidates) }
    if !problems.isEmpty { throw ImportProblems(problems: problems) }
    return CandidateFile(ignoredColumns: layout.ignored.map { header.names[$0] }, encoding: encoding)
  }
}

extension CandidateListReader {
  /// What a dictionary's slot holds, after `default:` filled it if it was empty: one search
  /// where reading and then storing take two.
  fileprivate static func value(in slot: inout Int) -> Int { slot }
}

/// A problem with one field of one row.
struct FieldProblem: Error {
  let field: String
  let message: String
}

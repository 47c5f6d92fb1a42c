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
  /// thousand at a time, as they are read (so they can be stored while the rest is read). Every
  /// row is read even after a problem; then any problem throws, and what was delivered must be
  /// discarded.
  public func read(
    _ bytes: [UInt8], name: String, deliver: ([CandidateCase]) -> Void
  ) throws(ImportProblems) -> CandidateFile {
    let document: CSVDocument
    do {
      document = try CSVReader.read(bytes)
    } catch {
      throw ImportProblems(problems: ["\(name):\(error.line): \(error.message)"])
    }
    return try read(document, name: name, deliver: deliver)
  }

  /// Candidates handed over at a time.
  public static let chunk = 4096

  func read(
    _ document: CSVDocument, name: String, deliver: ([CandidateCase]) -> Void
  ) throws(ImportProblems) -> CandidateFile {
    guard let header = document.header else {
      throw ImportProblems(problems: ["\(name):1: the file has no header row and no cases"])
    }
    let layout = try ColumnLayout(header: header, mapping: mapping, dropped: dropped, file: name)
    var problems = layout.personalDataProblems(document: document, file: name)
    var candidates: [CandidateCase] = []
    candidates.reserveCapacity(min(Self.chunk, document.rows.count))
    var firstLine: [String: Int] = [:]
    firstLine.reserveCapacity(document.rows.count)
    // Remembers values under cells' bytes, which point into `document`: used only while it is.
    var rows = CandidateRowReader(layout: layout, mapping: mapping, today: today)
    for record in document.rows where !record.isBlank {
      if let mismatch = header.fieldCountMismatch(in: record) {
        problems.append(
          "\(name):\(record.line): row: expected \(mismatch.expected) fields (as in the header) but found \(mismatch.found)"
        )
        continue
      }
      do throws(FieldProblem) {
        let candidate = try rows.candidate(record)
        // One search of the references: this line is stored unless another line was.
        let first = Self.value(in: &firstLine[candidate.reference.value, default: record.line])
        if first != record.line {
          throw FieldProblem(
            field: "reference", message: "\"\(candidate.reference)\" is already on line \(first)")
        }
        candidates.append(candidate)
        if candidates.count == Self.chunk {
          deliver(candidates)
          candidates.removeAll(keepingCapacity: true)
        }
      } catch {
        problems.append("\(name):\(record.line): \(error.field): \(error.message)")
      }
    }
    if !candidates.isEmpty { deliver(candidates) }
    if !problems.isEmpty { throw ImportProblems(problems: problems) }
    return CandidateFile(ignoredColumns: layout.ignored.map { header.names[$0] }, encoding: document.encoding)
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

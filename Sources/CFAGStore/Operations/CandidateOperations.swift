import CFAGDomain
import CFAGInterchange

/// A candidate list file to import, as given on the command line or picked in the TUI.
public struct CandidateImportRequest: Sendable {
  public var bytes: [UInt8]
  /// How messages name the file.
  public var fileName: String
  public var mapping: CandidateMapping
  /// Columns to leave out (`--drop`).
  public var dropped: [String]
  /// The list's source; a re-import of the same source replaces its rows.
  public var source: String
  /// Whether the list may remove every candidate the source had (a header-only file, or a list
  /// with none of the same references): without it, such an import is refused.
  public var replace: Bool

  public init(
    bytes: [UInt8], fileName: String, mapping: CandidateMapping = CandidateMapping(), dropped: [String] = [],
    source: String? = nil, replace: Bool = false
  ) {
    self.replace = replace
    self.bytes = bytes
    self.fileName = fileName
    self.mapping = mapping
    self.dropped = dropped
    self.source = source?.trimmingWhitespace.nilIfEmpty ?? CandidateImportRequest.defaultSource
  }

  public static let defaultSource = "default"
}

/// What an import did.
public struct CandidateImportSummary: Sendable, Equatable {
  public var source: String
  /// SHA-256 of the file's bytes, as logged.
  public var fileHash: String
  public var rows: Int
  public var added: Int
  public var updated: Int
  public var unchanged: Int
  /// Candidates of the same source no longer in the list.
  public var removed: Int
  public var ignoredColumns: [String]
  public var encoding: CSVEncoding
}

extension Workbench {
  /// Imports a candidate list, all or nothing, as one logged change (the file's hash and counts).
  /// Throws `ImportProblems` listing every problem (`file:line: field: problem`) and stores nothing.
  public func importCandidates(_ request: CandidateImportRequest) throws -> CandidateImportSummary {
    let reader = CandidateListReader(mapping: request.mapping, dropped: request.dropped, today: session.today)
    let digest = BackgroundDigest(of: request.bytes)
    // The file is read on another thread while what is read so far is stored; a problem anywhere
    // in it rolls the whole transaction back. The time is taken now, as the rows are encoded there.
    let at = session.clock()
    let stream = CandidateStream(
      reader: reader, bytes: request.bytes, name: request.fileName, source: request.source, at: at)
    return try perform(large: true, at: at) { tx in
      var existing: [String: (source: String?, texts: [String?])] = [:]
      for row in try tx.db.rows("SELECT \(CandidateRows.columns) FROM candidate") {
        existing[row["reference"]] = (row["source"], (0..<CandidateRows.fieldCount).map { row[$0] })
      }
      let before = existing.values.filter { $0.source == request.source }.count
      let upsert = try tx.db.bulk(CandidateRows.upsert)
      var rows = 0
      var counts = (added: 0, updated: 0, unchanged: 0)
      // The references of the list, to find the source's candidates it no longer has (if it had any).
      var seen = Set<String>()
      while let chunk = stream.next() {
        rows += chunk.candidates.count
        for (index, candidate) in chunk.candidates.enumerated() {
          if before > 0 { seen.insert(candidate.reference.value) }
          if !existing.isEmpty, let old = existing[candidate.reference.value] {
            if old.source == request.source && chunk.rows.row(index, startsWith: old.texts) {
              counts.unchanged += 1
              continue
            }
            counts.updated += 1
          } else {
            counts.added += 1
          }
          try upsert.run(chunk.rows, index)
        }
      }
      let file = try stream.file()
      let fileHash = digest.value
      var summary = CandidateImportSummary(
        source: request.source, fileHash: fileHash, rows: rows, added: counts.added, updated: counts.updated,
        unchanged: counts.unchanged, removed: 0, ignoredColumns: file.ignoredColumns, encoding: file.encoding)
      for (reference, old) in existing where old.source == request.source && !seen.contains(reference) {
        try tx.db.execute("DELETE FROM candidate WHERE reference = ?", [reference])
        summary.removed += 1
      }
      if summary.removed > 0 && summary.removed == before && !request.replace {
        throw DomainError.refused(
          "\(request.fileName) would remove all \(before) candidates of source \(request.source)"
            + (rows == 0 ? " (it has a header but no rows)" : " (it has none of their references)")
            + "; nothing was stored. If it really replaces them, import it again with --replace")
      }
      try tx.logBulk(
        entity: "candidate", id: request.source,
        summary: "\(request.fileName) sha256 \(fileHash): \(summary.rows) rows, \(summary.added) added, "
          + "\(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.removed) removed")
      return summary
    }
  }

  /// The candidate list sorted by reference; with a theme, only the candidates it admits today.
  public func candidates(admittedBy theme: Theme? = nil) throws -> [CandidateCase] {
    let all = try store.read(CandidateRows.all)
    guard let theme else { return all }
    return all.filter { theme.admits($0, today: session.today) }
  }

  /// Deletes the candidate list (data minimisation once the draw is done); with `keepSampled`,
  /// keeps the candidates that are cases of an audit. Returns how many were deleted.
  @discardableResult
  public func clearCandidates(keepSampled: Bool) throws -> Int {
    try perform { tx in
      let condition = keepSampled ? " WHERE reference NOT IN (SELECT reference FROM audit_case)" : ""
      let deleted = try tx.db.execute("DELETE FROM candidate" + condition)
      let kept = try tx.db.value(Int.self, "SELECT COUNT(*) FROM candidate") ?? 0
      if deleted > 0 {
        try tx.logBulk(
          entity: "candidate", id: "*", summary: "cleared: \(deleted) deleted, \(kept) kept",
          reason: keepSampled ? "candidate list cleared, sampled cases kept" : "candidate list cleared")
      }
      return deleted
    }
  }
}

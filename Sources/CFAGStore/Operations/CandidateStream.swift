import CFAGDomain
import CFAGInterchange
import Foundation

/// A candidate list read on another thread while the import stores what is read so far: the
/// reader hands over candidates a few thousand at a time, each chunk with its rows already encoded
/// for the insert, and the import takes them in order.
final class CandidateStream: @unchecked Sendable {
  /// Candidates read, and their rows: their stored fields (`CandidateRows.append`), the source and
  /// the time.
  struct Chunk {
    let candidates: [CandidateCase]
    let rows: BulkRows
  }

  private let condition = NSCondition()
  /// Guarded by `condition`: chunks handed over and not yet taken, and how the read ended.
  private var chunks: [Chunk] = []
  private var outcome: Result<CandidateFile, ImportProblems>?

  /// Starts reading `bytes` (named `name` in messages) with `reader`; each row ends with `source`
  /// and the time `at`.
  init(reader: CandidateListReader, bytes: [UInt8], name: String, source: String, at: String) {
    Thread.detachNewThread {
      let outcome = Result { () throws(ImportProblems) in
        try reader.read(bytes, name: name) { candidates in
          var rows = BulkRows()
          for candidate in candidates {
            CandidateRows.append(candidate, to: &rows)
            rows.append(source)
            rows.append(at)
            rows.endRow()
          }
          let chunk = Chunk(candidates: candidates, rows: rows)
          self.condition.withLock {
            self.chunks.append(chunk)
            self.condition.signal()
          }
        }
      }
      self.condition.withLock {
        self.outcome = outcome
        self.condition.signal()
      }
    }
  }

  /// The next candidates in the file's order, waiting for the reader; nil once all are taken.
  func next() -> Chunk? {
    condition.withLock {
      while chunks.isEmpty && outcome == nil { condition.wait() }
      return chunks.isEmpty ? nil : chunks.removeFirst()
    }
  }

  /// How the file was read, once every chunk is taken; throws every problem the reader found
  /// (the candidates taken must then be discarded).
  func file() throws(ImportProblems) -> CandidateFile {
    let ended = condition.withLock {
      while outcome == nil { condition.wait() }
      return outcome!
    }
    return try ended.get()
  }
}

import CFAGDomain
import CFAGInterchange
import Foundation

/// A candidate list read on another thread while the import stores what is read so far: the
/// reader hands over candidates a few thousand at a time, and the import takes them in order.
final class CandidateStream: @unchecked Sendable {
  private let condition = NSCondition()
  /// Guarded by `condition`: chunks handed over and not yet taken, and how the read ended.
  private var chunks: [[CandidateCase]] = []
  private var outcome: Result<CandidateFile, ImportProblems>?

  /// Starts reading `bytes` (named `name` in messages) with `reader`.
  init(reader: CandidateListReader, bytes: [UInt8], name: String) {
    Thread.detachNewThread {
      let outcome = Result { () throws(ImportProblems) in
        try reader.read(bytes, name: name) { chunk in
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
  func next() -> [CandidateCase]? {
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

import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation

/// The candidate list's work on the database and the disk.
public enum CandidatesEffect: Sendable {
  case load
  case importFile(path: String, dropped: [String])
  case clear(keepSampled: Bool)

  func run(_ workbench: Workbench) throws -> [AppMessage] {
    switch self {
    case .load:
      return [.candidates(.loaded(try workbench.candidates()))]
    case .importFile(let path, let dropped):
      let data = try FileOutput.read(path)
      let request = CandidateImportRequest(bytes: [UInt8](data), fileName: path, dropped: dropped)
      do {
        let summary = try workbench.importCandidates(request)
        var text =
          "Imported \(summary.rows) candidates: \(summary.added) added, \(summary.updated) "
          + "updated, \(summary.unchanged) unchanged, \(summary.removed) removed."
        if !summary.ignoredColumns.isEmpty {
          text += " Not stored: \(summary.ignoredColumns.joined(separator: ", "))."
        }
        return [.candidates(.imported(text)), .candidates(.loaded(try workbench.candidates()))]
      } catch let problems as ImportProblems {
        return [
          .candidates(.rejected(RejectedImport(path: path, problems: problems.problems, dropped: dropped)))
        ]
      }
    case .clear(let keepSampled):
      let deleted = try workbench.clearCandidates(keepSampled: keepSampled)
      return [
        .candidates(
          .imported(
            "Deleted \(deleted) candidate\(deleted == 1 ? "" : "s")"
              + (keepSampled ? "; kept the sampled ones." : ".")
          )),
        .candidates(.loaded(try workbench.candidates())),
      ]
    }
  }
}

import CFAGDomain
import Foundation
import GRDB

/// A restore refused because the backup does not pass `verify`.
public struct RestoreRefused: Error, CustomStringConvertible {
  public let file: String
  public let report: VerificationReport

  public var description: String {
    let shown = report.problems.prefix(5).map { "  " + $0.description }
    let more = report.problems.count > 5 ? ["  ... and \(report.problems.count - 5) more"] : []
    return (["\(file) does not pass verify, so it was not restored (nothing was changed):"] + shown + more)
      .joined(separator: "\n")
  }
}

/// What a restore did.
public struct RestoreResult: Sendable {
  /// Where the replaced contents were kept, if there were any.
  public var keptAt: String?
  /// The restored database, verified again in place.
  public var report: VerificationReport
}

extension Store {
  /// Replaces this database's contents with the backup at `file`, after verifying the backup. The
  /// contents replaced are first copied next to the database (`NAME.before-restore`, then `-2`...).
  /// The copy into place uses SQLite's online backup in one step, so others using the database see
  /// either the old contents or the new, never a mix.
  public func restore(from file: String, progress: ProgressReporter = .silent) throws -> RestoreResult {
    let queue = try sqliteQueue(for: "a restore")
    let source = (file as NSString).standardizingPath
    guard source != (path as NSString).standardizingPath else {
      throw StoreError.other(path, "cannot restore a database from itself")
    }
    let check = try Verifier.verify(file: source, progress: progress)
    guard check.isValid else { throw RestoreRefused(file: file, report: check) }
    let hasData = try read { try $0.value(Int.self, "SELECT COUNT(*) FROM change_log") ?? 0 } > 0
    let keptAt = hasData ? try keepCurrent() : nil
    var configuration = Configuration()
    configuration.readonly = true
    do {
      let backup = try DatabaseQueue(path: source, configuration: configuration)
      defer { try? backup.close() }
      try backup.backup(to: queue)
      try Schema.migrator.migrate(queue)
    } catch let error as DatabaseError {
      throw StoreError(error, path: path)
    }
    return RestoreResult(keptAt: keptAt, report: try verify(progress: progress))
  }

  private func keepCurrent() throws -> String {
    var candidate = path + ".before-restore"
    var number = 1
    while FileManager.default.fileExists(atPath: candidate) {
      number += 1
      candidate = path + ".before-restore-\(number)"
    }
    try backup(to: candidate)
    return candidate
  }
}

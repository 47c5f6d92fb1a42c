import CFAGDomain
import CFAGStore
import Foundation
import TUIKit

/// The sampling screen's changes: each one workbench operation, logged; neither can be undone
/// (a draw is redone with a new draw, a replacement by adding a case).
public enum SamplingEdit: Sendable {
  case draw(auditID: AuditID, SampleRequest)
  case replace(auditID: AuditID, reference: String, reason: String)

  var auditID: AuditID {
    switch self {
    case .draw(let id, _), .replace(let id, _, _): id
    }
  }

  /// Runs the edit; returns a note for the status line.
  func perform(_ workbench: Workbench) throws -> EditReport {
    switch self {
    case .draw(let id, let request):
      let outcome = try workbench.sample(id, request)
      return EditReport(
        "seed \(outcome.record.seed), \(outcome.selected.count) cases + \(outcome.reserves.count) reserves "
          + "from \(outcome.record.poolSize). Next, r: agency returns.")
    case .replace(let id, let reference, let reason):
      let saved = try workbench.replaceCase(id, reference: reference, reason: reason)
      return EditReport("\(saved.value.value) comes in for \(reference).", saved)
    }
  }
}

/// Loading the sampling screen's pool.
public enum SamplingEffect: Sendable {
  case loadPool(AuditID)

  func run(_ workbench: Workbench) throws -> [AppMessage] {
    switch self {
    case .loadPool(let id): [.sampling(.loadedPool(try workbench.eligiblePool(id)))]
    }
  }
}

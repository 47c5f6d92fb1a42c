import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import TUIKit

/// The tracker's changes, each one workbench operation. A status change and a correction can be
/// undone; notes, closing and reopening are the action's record and stay.
public enum ActionsEdit: Sendable {
  case update(id: ActionID, auditID: AuditID?, ActionUpdate)
  case close(id: ActionID, auditID: AuditID?, by: String, evidence: String)
  case reopen(id: ActionID, auditID: AuditID?, reason: String)

  var auditID: AuditID? {
    switch self {
    case .update(_, let audit, _), .close(_, let audit, _, _), .reopen(_, let audit, _): audit
    }
  }

  func perform(_ workbench: Workbench) throws -> EditReport {
    switch self {
    case .update(let id, _, let update): EditReport(nil, try workbench.updateAction(id, update))
    case .close(let id, _, let by, let evidence):
      EditReport(
        nil,
        try workbench.closeAction(id, by: by, evidence: evidence.trimmingWhitespace.isEmpty ? nil : evidence))
    case .reopen(let id, _, let reason): EditReport(nil, try workbench.reopenAction(id, reason: reason))
    }
  }
}

/// The tracker's reads and files: an action's trail, the pack out, an edited pack in.
public enum ActionsEffect: Sendable {
  /// Every action with its notes, for the tracker screen.
  case load
  case trail(ActionID)
  case export(path: String, agency: String?)
  /// Reads an edited pack and plans it without applying anything.
  case plan(path: String)
  case apply(path: String)

  /// `settings`: the document settings, for the pack's cover and marking.
  func run(_ workbench: Workbench, settings: DocumentSettings) throws -> [AppMessage] {
    switch self {
    case .load:
      return [.actions(.loaded(try workbench.actions()))]
    case .trail(let id):
      return [.actions(.showTrail(try workbench.actionTrail(id)))]
    case .export(let path, let agency):
      let pack = try workbench.trackerPack(agency: agency, settings: settings)
      let lower = path.lowercased()
      let bytes: Data
      if lower.hasSuffix(".csv") {
        bytes = Data(TrackerPackCSV.encode(pack))
      } else if lower.hasSuffix(".md") {
        bytes = Data(TrackerPackMarkdown.render(pack).utf8)
      } else if lower.hasSuffix(".html") {
        bytes = Data(TrackerPackHTML.render(pack).utf8)
      } else {
        throw FileOutputError("end the pack's name with .csv (to edit and import back), .md or .html")
      }
      _ = try FileOutput.write(bytes, to: path)
      return [
        .actions(
          .done(
            "Wrote the pack for \(pack.scope) to \(path): \(pack.entries.count) actions, \(pack.overdue.count) overdue."
              + (lower.hasSuffix(".csv") ? " Agencies edit it; I reads it back." : "")))
      ]
    case .plan(let path), .apply(let path):
      let data = try FileOutput.read(path)
      let dryRun = if case .plan = self { true } else { false }
      do {
        let plan = try workbench.importActionUpdates(data, dryRun: dryRun)
        guard !dryRun else { return [.actions(.planned(ImportPreview(path: path, plan: plan)))] }
        let preview = ImportPreview(path: path, plan: plan)
        return [
          .result(
            .saved(
              message: "Applied \(preview.changes) change(s) to \(preview.actions) action(s) from \(path).",
              undo: nil, origin: .user)),
          .actions(.applied),
        ]
      } catch let failure as TrackerImportFailure {
        let problems = failure.problems.map {
          "\(path):\($0.line): " + ($0.id.map { "\($0): " } ?? "") + $0.message
        }
        return [.actions(.refused(path: path, problems: problems))]
      }
    }
  }
}

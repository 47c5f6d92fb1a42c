import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import TUIKit

/// The returns screen's changes, each one workbench operation; each can be undone.
public enum ReturnsEdit: Sendable {
  case add(auditID: AuditID, ReturnInput)
  case withdraw(auditID: AuditID, reference: String, agency: String, reason: String)

  var auditID: AuditID {
    switch self {
    case .add(let id, _), .withdraw(let id, _, _, _): id
    }
  }

  func perform(_ workbench: Workbench) throws -> EditReport {
    switch self {
    case .add(let id, let input): EditReport(nil, try workbench.addReturn(id, input))
    case .withdraw(let id, let reference, let agency, let reason):
      EditReport(nil, try workbench.withdrawReturn(id, reference: reference, agency: agency, reason: reason))
    }
  }

  /// The return as it stands, as input that puts it back exactly.
  static func input(_ agencyReturn: AgencyReturn) -> ReturnInput {
    ReturnInput(
      reference: agencyReturn.reference.value, agency: agencyReturn.agency, involved: agencyReturn.involved,
      knownBecause: agencyReturn.knownBecause, workDone: agencyReturn.workDone,
      strengths: agencyReturn.strengths, gaps: agencyReturn.gaps, voiceOfChild: agencyReturn.voiceOfChild,
      answers: agencyReturn.answers.mapValues(\.display), overallGrade: agencyReturn.overallGrade,
      domainGrades: agencyReturn.domainGrades, notApplicable: agencyReturn.notApplicable.sorted(),
      isWhole: true)
  }
}

/// The returns screen's files: a filled return in, templates and the pre-meeting pack out.
public enum ReturnsEffect: Sendable {
  case importFile(auditID: AuditID, path: String)
  case templates(auditID: AuditID, agencies: [String], format: ReturnFormat, folder: String)
  case pack(auditID: AuditID, path: String)

  func run(_ workbench: Workbench, settings: DocumentSettings) throws -> [AppMessage] {
    switch self {
    case .importFile(let id, let path):
      let data = try FileOutput.read(path)
      do {
        let saved = try workbench.importReturns(id, bytes: [UInt8](data), fileName: path)
        let summary = saved.value
        var text =
          "Imported the \(summary.agency.shortName) return: \(summary.added.count) added, "
          + "\(summary.replaced.count) replaced."
        if !summary.blank.isEmpty {
          text += " Left blank, so still missing: \(summary.blank.map(\.value).joined(separator: ", "))."
        }
        return [
          .result(
            .saved(message: text, undo: nil, origin: .user, warning: ScreenHints.warnings(saved.warnings))),
          .result(.auditLoaded(try EffectRunner.audit(workbench, id))),
        ]
      } catch let problems as ImportProblems {
        return [.returns(.importRefused(path: path, problems: problems.problems))]
      }
    case .templates(let id, let agencies, let format, let folder):
      var written: [String] = []
      for agency in agencies {
        let template = try workbench.returnTemplate(id, agency: agency, format: format)
        let name = "\(id)-\(template.agency.id)-return.\(format.rawValue)"
        let path = folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
        _ = try FileOutput.write(Data(template.bytes), to: path)
        written.append(path)
      }
      return [
        .returns(
          .done(
            "Wrote \(written.count) template\(written.count == 1 ? "" : "s"): "
              + written.joined(separator: ", ")
              + ". i imports them once filled."))
      ]
    case .pack(let id, let path):
      var pack = try workbench.returnPack(id)
      pack.marking = settings.marking
      let lower = path.lowercased()
      guard lower.hasSuffix(".html") || lower.hasSuffix(".md") else {
        throw FileOutputError("the pack is HTML or Markdown: end the name with .html or .md")
      }
      let text = lower.hasSuffix(".html") ? pack.html : pack.markdown
      _ = try FileOutput.write(Data(text.utf8), to: path)
      return [.returns(.done("Wrote the pre-meeting pack (\(pack.tables.count) cases) to \(path)."))]
    }
  }
}

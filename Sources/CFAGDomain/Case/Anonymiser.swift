/// Replaces every case reference in free text, in any form it was typed ("mc-1002", "MC 1002",
/// "MC1002", "MC‑1002"), with the case's report label, so a reference never reaches a document or
/// pack. The one anonymiser: every report, section and pack scrubs its free text through it.
public struct Anonymiser: Sendable {
  private let matcher: ReferenceMatcher
  private let labels: [CaseReference: String]

  /// What a reference without a label (a reserve, a removed case) is replaced by.
  public static let unlabelled = "[a case not in the audit]"

  /// Every case of the audit, labelled as the audit's reports label them ("Case B").
  public init(_ record: AuditRecord) {
    self.init(references: record.cases.map(\.reference), labels: record.caseLabels)
  }

  /// Every case of several audits: a case is named with its audit ("Case B of CFAG-2026-01"), for
  /// documents that cover actions from more than one audit.
  public init(_ records: [AuditRecord]) {
    var labels: [CaseReference: String] = [:]
    for record in records {
      for (reference, label) in record.caseLabels { labels[reference] = "\(label) of \(record.audit.id)" }
    }
    self.init(references: records.flatMap { $0.cases.map(\.reference) }, labels: labels)
  }

  public init(references: [CaseReference], labels: [CaseReference: String]) {
    matcher = ReferenceMatcher(references + labels.keys)
    self.labels = labels
  }

  /// The text with every reference replaced by its label; a word "case" typed before the reference
  /// is dropped, so "in case MC-1002" reads "in Case B", not "in case Case B".
  public func scrub(_ text: String) -> String {
    var result = ""
    var last = text.startIndex
    for match in matcher.matches(in: text) {
      let label = labels[match.reference] ?? Self.unlabelled
      result += Self.droppingCaseWord(text[last..<match.range.lowerBound], before: label)
      result += label
      last = match.range.upperBound
    }
    return result + text[last...]
  }

  /// `prefix` without a trailing "case " when `label` names the case itself.
  static func droppingCaseWord(_ prefix: Substring, before label: String) -> Substring {
    guard label.hasPrefix("Case "), let last = prefix.last, last.isWhitespace else { return prefix }
    let trimmed = prefix.dropLast()
    guard trimmed.lowercased().hasSuffix("case") else { return prefix }
    let start = trimmed.dropLast(4)
    guard start.last.map({ !$0.isLetter && !$0.isNumber }) ?? true else { return prefix }
    return start
  }

  /// An action with its free text (text, progress notes, evidence, closure, reasons) scrubbed.
  public func scrubbed(_ action: TrackerAction) -> TrackerAction {
    var action = action
    action.text = scrub(action.text)
    action.evidenceOfImpact = scrub(action.evidenceOfImpact)
    action.progress = action.progress.map {
      var note = $0
      note.text = scrub(note.text)
      return note
    }
    action.dueRevisions = action.dueRevisions.map {
      var revision = $0
      revision.reason = scrub(revision.reason)
      return revision
    }
    if var override = action.ragOverride {
      override.reason = scrub(override.reason)
      action.ragOverride = override
    }
    return action
  }
}

import CFAGDomain
import CFAGReports
import TUIKit

/// What the report screen's actions do. Section text can be undone; sign-off and amendments
/// cannot (an amendment is how a signed-off audit is changed).
enum ReportUpdate {
  static func update(_ state: inout AppState, _ action: ReportAction) -> [Command<AppEffect>] {
    guard case .report(var screen) = state.screen else { return [] }
    defer { if case .report = state.screen { state.replaceTop(.report(screen)) } }
    guard let data = state.audit, data.record.audit.id == screen.auditID else { return [] }
    let record = data.record
    let id = record.audit.id
    switch action {
    case .move(let move):
      if screen.pane == .sections {
        screen.sections.apply(move)
      } else {
        let step = state.size.height - 6
        switch move {
        case .up: screen.scroll = max(0, screen.scroll - 1)
        case .down: screen.scroll += 1
        case .pageUp: screen.scroll = max(0, screen.scroll - step)
        case .pageDown: screen.scroll += step
        case .top: screen.scroll = 0
        case .bottom: screen.scroll = 100_000
        }
      }
    case .nextPane:
      screen.pane = screen.pane == .sections ? .preview : .sections
    case .loaded(let loaded):
      screen.data = loaded
      screen.sections.setCount(sections(record).count)
    case .write:
      guard let section = selected(screen, record) else { return [] }
      guard record.audit.isEditable else { return locked(record, &state) }
      let text = screen.data?.sections[section.key] ?? ""
      state.overlay = .editor(
        EditorOverlay(title: "\(title(section)) — \(id)", hint: hint(section), text: text) {
          .report(.save(key: section.key, $0))
        })
    case .save(let key, let text):
      let earlier = screen.data?.sections[key] ?? ""
      let redo = Edit.report(.section(auditID: id, key: key, text: text))
      let step = UndoStep(
        label: "report section \(key)", undo: .report(.section(auditID: id, key: key, text: earlier)),
        redo: redo)
      return [.run(.edit(redo, message: "Saved the \(key) section.", undo: step, origin: .user))]
    case .askExport:
      state.overlay = .form(
        FormState(
          title: "Export the report of \(id)",
          intro: "The format follows the name: .md, .html, .docx or .csv. The file is readable by you only.",
          fields: [
            .init(
              "File", value: "\(id)-report.docx", hint: "Tab completes folders and names",
              completesPaths: true),
            .init(
              "Internal", value: "no", hint: "yes adds the key from case labels to references: panel only"),
          ]
        ) { .report(.export($0)) })
    case .export(let values):
      let path = values["File"].trimmingWhitespace
      guard !path.isEmpty else {
        state.fail("type the file's path, ending in .md, .html, .docx or .csv")
        return []
      }
      state.overlay = nil
      let isInternal = ["yes", "y"].contains(values["Internal"].trimmingWhitespace.lowercased())
      return [.run(.report(.export(auditID: id, path: path, isInternal: isInternal)))]
    case .askSignOff:
      guard record.audit.isEditable else { return locked(record, &state) }
      let check = SignOffCheck(
        record: record, sections: screen.data?.sections ?? [:], known: state.audit?.known ?? KnownAgencies())
      guard !check.blocks else {
        state.fail(
          check.hasNoCases
            ? "\(id) has no cases to sign off"
            : "\(check.ungraded.count) case\(check.ungraded.count == 1 ? " is" : "s are") not graded yet "
              + "(\(check.ungraded.map(\.value).joined(separator: ", "))): 4 opens the meeting")
        return []
      }
      state.overlay = .form(
        FormState(
          title: "Sign off \(id)", intro: "Who signs the audit off for the partnership.",
          fields: [.init("Signed off by", value: record.audit.chair ?? "", hint: "name and role")]
        ) { .report(.confirmSignOff($0["Signed off by"])) })
    case .confirmSignOff(let name):
      let name = name.trimmingWhitespace
      let check = SignOffCheck(
        record: record, sections: screen.data?.sections ?? [:], known: state.audit?.known ?? KnownAgencies())
      let gaps = check.gaps { ReturnsUpdate.shortName($0, state.directory) }
      let missing =
        gaps.isEmpty ? "" : "Still missing:\n" + gaps.map { "• " + $0 }.joined(separator: "\n") + "\n\n"
      state.overlay = .dialog(
        Dialog(
          title: "Sign off \(id)?",
          message: missing + "Signed off by \(name) on \(state.today.iso). The audit is then locked: "
            + "changing it needs an amendment (A), which is logged with its reason.",
          buttons: ["y: Sign off", "n: Cancel"], focus: 1),
        choices: [
          .report(gaps.isEmpty ? .signOff(name) : .confirmGaps(name, count: gaps.count)),
          .report(.notSignedOff),
        ])
    case .confirmGaps(let name, let count):
      state.overlay = .dialog(
        Dialog(
          title: "Sign off with \(count == 1 ? "a gap" : "\(count) gaps")?",
          message: "What is missing stays missing in the signed-off report, and changing it later needs an "
            + "amendment. Sign off \(id) as it is?",
          buttons: ["y: Sign off as it is", "n: Go back"], focus: 1),
        choices: [.report(.signOff(name)), .report(.notSignedOff)])
    case .notSignedOff:
      state.inform("Not signed off; nothing changed.")
    case .signOff(let name):
      return [
        .run(
          .edit(
            .report(.signOff(auditID: id, by: name)), message: "Signed off \(id); the report is final.",
            undo: nil, origin: .user))
      ]
    case .askAmend:
      guard record.audit.signOff != nil, record.audit.openAmendment == nil else {
        state.inform(
          record.audit.signOff == nil
            ? "\(id) is not signed off: change it directly." : "\(id) already has an amendment open.")
        return []
      }
      state.overlay = .form(
        FormState(
          title: "Open an amendment to \(id)",
          intro:
            "Opens the signed-off audit for changes, logged with this reason; signing off again closes it.",
          fields: [.init("Reason", hint: "why the signed-off audit must change")]
        ) { .report(.amend($0["Reason"])) })
    case .amend(let reason):
      return [
        .run(
          .edit(
            .report(.amend(auditID: id, reason: reason)), message: "Opened an amendment to \(id).", undo: nil,
            origin: .user))
      ]
    case .done(let text):
      state.inform(text)
    }
    return []
  }

  private static func locked(_ record: AuditRecord, _ state: inout AppState) -> [Command<AppEffect>] {
    state.fail("\(record.audit.id) is signed off: A opens an amendment to change it")
    return []
  }

  /// The narrative sections: purpose, summary, a paragraph per finding, the conclusion.
  static func sections(_ record: AuditRecord) -> [ReportSection] {
    [.purpose, .summary] + record.findingCounts.map { .theme($0.tag) } + [.conclusion]
  }

  static func selected(_ screen: ReportState, _ record: AuditRecord) -> ReportSection? {
    let all = sections(record)
    guard let row = screen.sections.selected, row < all.count else { return nil }
    return all[row]
  }

  static func title(_ section: ReportSection) -> String {
    switch section {
    case .purpose: "Purpose"
    case .summary: "Summary"
    case .conclusion: "Conclusion"
    case .theme(let tag): "Key theme: \(tag.words)"
    }
  }

  private static func hint(_ section: ReportSection) -> String {
    switch section {
    case .purpose: "Why the partnership audited this theme. ^S saves."
    case .summary: "The findings in brief, for readers who read nothing else. ^S saves."
    case .conclusion: "What the partnership should take from the audit. ^S saves."
    case .theme:
      "A paragraph on this theme, drawing on the panel's rationales (beside it on screen). ^S saves."
    }
  }

  /// The panel's rationales for the cases a finding came from, under their report labels.
  static func sources(_ section: ReportSection, _ record: AuditRecord) -> [CaseNote] {
    guard case .theme(let tag) = section,
      let finding = record.findingCounts.first(where: { $0.tag == tag })
    else { return [] }
    let labels = record.caseLabels
    return finding.cases.compactMap { reference in
      record.assessment(for: reference).map {
        CaseNote(label: labels[reference] ?? reference.value, text: $0.rationale)
      }
    }
  }

  /// Keeps the selection in range after the record reloads.
  static func clamp(_ state: inout AppState) {
    for (index, screen) in state.stack.enumerated() {
      guard case .report(var report) = screen, let record = state.record(report.auditID) else { continue }
      report.sections.setCount(sections(record).count)
      state.stack[index] = .report(report)
    }
  }
}

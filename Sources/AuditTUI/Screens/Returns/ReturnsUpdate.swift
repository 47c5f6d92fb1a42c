import CFAGDomain
import CFAGInterchange
import CFAGStore
import TUIKit

/// What the returns screen's actions do. Typing a return, marking an agency not involved and
/// withdrawing a return are each one logged change that `u` undoes.
enum ReturnsUpdate {
  static func update(_ state: inout AppState, _ action: ReturnsAction) -> [Command<AppEffect>] {
    guard case .returns(var screen) = state.screen else { return [] }
    defer { if case .returns = state.screen { state.replaceTop(.returns(screen)) } }
    guard let record = state.record(screen.auditID) else { return [] }
    let id = record.audit.id
    let grid = ReturnsUpdate.status(record, state)
    switch action {
    case .move(let move):
      screen.rows.apply(move)
    case .left:
      screen.column = max(0, screen.column - 1)
    case .right:
      screen.column = min(max(0, grid.agencies.count - 1), screen.column + 1)
    case .open:
      guard let (reference, agency) = cell(screen, grid) else { return noCell(grid, &state) }
      let earlier = record.returns.first { $0.reference == reference && $0.agency == agency.id }
      let neverKnew = state.audit?.known.neverKnew(agency.id, reference) ?? false
      state.overlay = .form(
        ReturnForm.form(record.audit.theme, reference, agency, earlier, neverKnew: neverKnew))
    case .saveReturn(let reference, let agency, let values):
      let earlier = record.returns.first { $0.reference.value == reference && $0.agency == agency }
      let typed = ReturnForm.input(
        values, reference: reference, agency: agency, theme: record.audit.theme, earlier: earlier)
      switch typed {
      case .failure(let error):
        return ResultUpdate.apply(.failed(ScreenHints.describe(error), field: error.field), &state)
      case .success(let input): return save(input, record, state.directory, &state)
      }
    case .notInvolved:
      guard let (reference, agency) = cell(screen, grid) else { return noCell(grid, &state) }
      let input = ReturnInput(reference: reference.value, agency: agency.id, involved: false)
      return save(input, record, state.directory, &state)
    case .askWithdraw:
      guard let (reference, agency) = cell(screen, grid),
        record.returns.contains(where: { $0.reference == reference && $0.agency == agency.id })
      else {
        state.fail("select a cell with a return to withdraw (← → ↑ ↓)")
        return []
      }
      state.overlay = .form(
        FormState(
          title: "Withdraw \(agency.shortName)'s return for \(reference.value)",
          intro: "For a return sent in error. It is removed from the audit; the change log keeps it, and u "
            + "puts it back.",
          fields: [.init("Reason", hint: "why it is withdrawn")]
        ) { .returns(.withdraw(reference: reference.value, agency: agency.id, reason: $0["Reason"])) })
    case .withdraw(let reference, let agency, let reason):
      guard
        let earlier = record.returns.first(where: { $0.reference.value == reference && $0.agency == agency })
      else { return [] }
      let name = shortName(agency, state.directory)
      let step = UndoStep(
        label: "withdraw \(name)'s return for \(reference)",
        undo: .returns(.add(auditID: id, ReturnsEdit.input(earlier))),
        redo: .returns(.withdraw(auditID: id, reference: reference, agency: agency, reason: reason)))
      return [
        .run(
          .edit(
            step.redo, message: "Withdrew \(name)'s return for \(reference).", undo: step, origin: .user))
      ]
    case .askAgency:
      let agencies = state.directory.active.filter { agency in
        !grid.agencies.contains { $0.agency.id == agency.id }
      }
      state.overlay = .picker(
        PickerOverlay(
          title: "Add an agency to the panel of \(id)",
          options: agencies.map { "\($0.shortName) — \($0.name)" },
          choices: agencies.map { .returns(.addAgency($0.id)) },
          hint: "Its returns are then expected · type to filter · Enter adds"))
    case .addAgency(let agency):
      let before = record.audit.panelAgencies
      let after = before + [agency]
      let step = UndoStep(
        label: "panel of \(id)", undo: .editAudit(id: id, details: AuditDetails(panelAgencies: before)),
        redo: .editAudit(id: id, details: AuditDetails(panelAgencies: after)))
      return [
        .run(
          .edit(
            step.redo, message: "Added \(shortName(agency, state.directory)) to the panel.", undo: step,
            origin: .user))
      ]
    case .askDeadline:
      state.overlay = .form(
        FormState(
          title: "Returns deadline for \(id)",
          intro: "Agencies send their returns by this day; after it, missing returns show as overdue.",
          fields: [
            .init(
              "Returns due",
              value: record.audit.returnsDue?.iso ?? record.audit.meetingDate.adding(days: -7).iso,
              hint: "YYYY-MM-DD")
          ]
        ) { .returns(.setDeadline($0["Returns due"])) })
    case .setDeadline(let text):
      guard let day = Day(iso: text.trimmingWhitespace) else {
        state.fail("returns due \"\(text)\" is not a date; use YYYY-MM-DD")
        return []
      }
      let step = record.audit.returnsDue.map { earlier in
        UndoStep(
          label: "returns deadline of \(id)",
          undo: .editAudit(id: id, details: AuditDetails(returnsDue: earlier)),
          redo: .editAudit(id: id, details: AuditDetails(returnsDue: day)))
      }
      return [
        .run(
          .edit(
            .editAudit(id: id, details: AuditDetails(returnsDue: day)),
            message: "Returns are due \(day.iso).",
            undo: step, origin: .user))
      ]
    case .askImport:
      state.overlay = .form(
        FormState(
          title: "Import a filled return",
          intro: "A return template an agency filled in (.csv or .md). All or nothing: any problem is listed "
            + "by line and nothing is stored.",
          fields: [.init("File", hint: "a path; Tab completes file names", completesPaths: true)]
        ) { .returns(.importFile($0["File"])) })
    case .importFile(let path):
      guard !path.trimmingWhitespace.isEmpty else {
        state.fail("type the return file's path (Tab completes it)")
        return []
      }
      state.overlay = nil
      return [.run(.returns(.importFile(auditID: id, path: path.trimmingWhitespace)))]
    case .importRefused(let path, let problems):
      state.fail(
        "\(path) not imported: \(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was stored"
      )
      state.overlay = .reader(
        ReaderOverlay(
          title: "Not imported: \(path) — Esc closes", lines: problems.map { ($0, Style.plain) }))
    case .askTemplates:
      let names = grid.agencies.map(\.agency.shortName).joined(separator: ", ")
      state.overlay = .form(
        FormState(
          title: "Write return templates",
          intro: "One file per agency with the audit's cases and the theme's questions, to send out and "
            + "import once filled.",
          fields: [
            .init("Agencies", value: names, hint: "short names, separated by commas"),
            .init("Format", value: "csv", hint: "csv (opens in Excel) or md (any text editor)"),
            .init("Folder", value: ".", hint: "where to write them; Tab completes", completesPaths: true),
          ]
        ) { .returns(.templates($0)) })
    case .templates(let values):
      let agencies = values["Agencies"].split(separator: ",").map { String($0).trimmingWhitespace }.filter {
        !$0.isEmpty
      }
      guard !agencies.isEmpty else {
        state.fail("agencies: name at least one agency")
        return []
      }
      guard let format = ReturnFormat(rawValue: values["Format"].trimmingWhitespace.lowercased()) else {
        state.fail("format \"\(values["Format"])\": use csv or md")
        return []
      }
      state.overlay = nil
      return [
        .run(
          .returns(
            .templates(
              auditID: id, agencies: agencies, format: format, folder: values["Folder"].trimmingWhitespace))
        )
      ]
    case .askPack:
      state.overlay = .form(
        FormState(
          title: "Write the pre-meeting pack",
          intro:
            "Each case with every agency's return side by side, for the panel to read before the meeting.",
          fields: [
            .init(
              "File", value: "\(id)-pack.html", hint: "ends in .html or .md; Tab completes",
              completesPaths: true)
          ]
        ) { .returns(.pack($0["File"])) })
    case .pack(let path):
      state.overlay = nil
      return [.run(.returns(.pack(auditID: id, path: path.trimmingWhitespace)))]
    case .done(let text):
      state.inform(text)
    }
    return []
  }

  /// The chase grid of the open audit, with what the candidate list says about who knew each child.
  static func status(_ record: AuditRecord, _ state: AppState) -> ReturnStatus {
    ReturnStatus(
      record: record, directory: state.directory, today: state.today,
      known: state.audit?.known ?? KnownAgencies())
  }

  /// The case and agency under the cursor.
  static func cell(_ screen: ReturnsState, _ grid: ReturnStatus) -> (CaseReference, Agency)? {
    guard let row = screen.rows.selected, row < grid.cases.count, screen.column < grid.agencies.count else {
      return nil
    }
    return (grid.cases[row], grid.agencies[screen.column].agency)
  }

  private static func noCell(_ grid: ReturnStatus, _ state: inout AppState) -> [Command<AppEffect>] {
    if grid.cases.isEmpty {
      state.fail("the audit has no cases yet: s draws them")
    } else {
      state.fail("no agency is expected to return yet: a adds one to the panel")
    }
    return []
  }

  static func shortName(_ id: String, _ directory: AgencyDirectory) -> String {
    directory.agencies.first { $0.id == id }?.shortName ?? id
  }

  /// Saves a typed return; `u` puts back what was there before (or withdraws a new one).
  private static func save(
    _ input: ReturnInput, _ record: AuditRecord, _ directory: AgencyDirectory, _ state: inout AppState
  ) -> [Command<AppEffect>] {
    let id = record.audit.id
    let name = shortName(input.agency, directory)
    let earlier = record.returns.first { $0.reference.value == input.reference && $0.agency == input.agency }
    let label = "\(name)'s return for \(input.reference)"
    let step = UndoStep(
      label: label,
      undo: earlier.map { .returns(.add(auditID: id, ReturnsEdit.input($0))) }
        ?? .returns(
          .withdraw(
            auditID: id, reference: input.reference, agency: input.agency, reason: "undo: typed in error")),
      redo: .returns(.add(auditID: id, input)))
    let what = input.involved == false ? "\(name) was not involved with \(input.reference)" : "Saved \(label)"
    return [.run(.edit(step.redo, message: what + ".", undo: step, origin: .user))]
  }

  /// Keeps the cursor in the grid after the record reloads.
  static func clamp(_ state: inout AppState) {
    for (index, screen) in state.stack.enumerated() {
      guard case .returns(var returns) = screen, let record = state.record(returns.auditID) else { continue }
      let grid = ReturnsUpdate.status(record, state)
      returns.rows.setCount(grid.cases.count)
      returns.column = min(returns.column, max(0, grid.agencies.count - 1))
      state.stack[index] = .returns(returns)
    }
  }
}

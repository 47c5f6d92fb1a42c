import CFAGDomain
import CFAGStore
import TUIKit

/// What the audit editor's actions do. New audits keep their details in a draft until created;
/// an existing audit saves each confirmed field at once.
enum AuditEditorUpdate {
  static func update(_ state: inout AppState, _ action: AuditEditorAction) -> [Command<AppEffect>] {
    guard case .auditEditor(var editor) = state.screen else { return [] }
    defer { if case .auditEditor = state.screen { state.replaceTop(.auditEditor(editor)) } }
    let record = editor.auditID.flatMap { state.record($0) }
    switch action {
    case .move(let move):
      switch editor.pane {
      case .themes: editor.themeList.apply(move)
      case .details: editor.fields.apply(move)
      case .cases: editor.cases.apply(move)
      }
    case .nextPane, .previousPane:
      let panes = editor.panes
      let index = panes.firstIndex(of: editor.pane) ?? 0
      let step = { if case .nextPane = action { 1 } else { panes.count - 1 } }()
      editor.pane = panes[(index + step) % panes.count]
    case .activate:
      switch editor.pane {
      case .themes:
        editor.draft.themeIndex = editor.themeList.selected
        editor.pane = .details
        editor.fields.select(0)
        if let index = editor.themeList.selected {
          state.inform("Theme: \(state.themes[index].title). Now the meeting details; Enter edits a field.")
        }
      case .details:
        guard let row = editor.fields.selected else { return [] }
        return update(&state, .editField(editor.fieldRows[row]))
      case .cases:
        return update(&state, .openCase)
      }
    case .editField(let field):
      if field == .create { return create(editor, &state) }
      editField(field, editor, record, &state)
    case .setField(let field, let text):
      return setField(field, text, &editor, record, &state)
    case .toggleAgency(let id):
      return toggleAgency(id, &editor, record, &state)
    case .create:
      return create(editor, &state)
    case .addCase:
      guard let id = editor.auditID else { return [] }
      var form = FormState(
        title: "Add a case to \(id)",
        intro: "Type the case system's pseudonymous reference (never a name). After each case the "
          + "form stays open for the next one; Esc when done.",
        fields: [
          .init("Reference", hint: "e.g. MC-104233"),
          .init("Reason", value: "Chosen by the panel for this theme", hint: "why it was added by hand"),
        ]
      ) { .editor(.saveCase(reference: $0["Reference"], reason: $0["Reason"])) }
      form.repeats = true
      state.overlay = .form(form)
    case .saveCase(let reference, let reason):
      guard let id = editor.auditID else { return [] }
      let trimmed = reference.trimmingWhitespace
      let step = UndoStep(
        label: "add case \(trimmed)",
        undo: .removeCase(auditID: id, reference: trimmed, reason: "undo: added by mistake"),
        redo: .addCase(auditID: id, reference: trimmed, reason: reason))
      return [
        .run(
          .edit(
            .addCase(auditID: id, reference: trimmed, reason: reason),
            message: "Added \(trimmed); type the next reference, or Esc.", undo: step,
            origin: .user))
      ]
    case .removeCase:
      guard let id = editor.auditID, let auditCase = selectedCase(editor, record) else { return [] }
      let reference = auditCase.reference.value
      state.overlay = .form(
        FormState(
          title: "Take \(reference) out of \(id)",
          intro: "Its returns and grade stay on record. Say why it is taken out.",
          fields: [.init("Reason")]
        ) { .editor(.saveRemoval(reference: reference, reason: $0["Reason"])) })
    case .saveRemoval(let reference, let reason):
      guard let id = editor.auditID else { return [] }
      let step = UndoStep(
        label: "take out \(reference)",
        undo: .addCase(auditID: id, reference: reference, reason: "undo: taken out by mistake"),
        redo: .removeCase(auditID: id, reference: reference, reason: reason))
      return [
        .run(
          .edit(
            .removeCase(auditID: id, reference: reference, reason: reason),
            message: "Took \(reference) out of the audit.", undo: step, origin: .user))
      ]
    case .openCase:
      guard let id = editor.auditID, let auditCase = selectedCase(editor, record) else { return [] }
      state.replaceTop(.auditEditor(editor))
      state.push(.casePanel(CasePanelState(auditID: id, reference: auditCase.reference)))
    case .meeting:
      guard let id = editor.auditID else { return [] }
      state.replaceTop(.auditEditor(editor))
      var meeting = MeetingState(auditID: id, now: state.now)
      meeting.index = editor.cases.selected ?? 0
      state.push(.meeting(meeting))
    }
    return []
  }

  static func selectedCase(_ editor: AuditEditorState, _ record: AuditRecord?) -> AuditCase? {
    guard let record, let row = editor.cases.selected, row < record.includedCases.count else { return nil }
    return record.includedCases[row]
  }

  private static func editField(
    _ field: AuditField, _ editor: AuditEditorState, _ record: AuditRecord?, _ state: inout AppState
  ) {
    let audit = record?.audit
    switch field {
    case .theme:
      state.inform("An audit keeps the theme it was created with; start a new audit for another theme.")
    case .create: break
    case .panel:
      let chosen = audit?.panelAgencies ?? editor.draft.agencies
      let agencies = state.directory.active
      state.overlay = .picker(
        PickerOverlay(
          title: "Panel agencies", options: agencyLabels(agencies, chosen: chosen),
          choices: agencies.map { .editor(.toggleAgency($0.id)) }, staysOpen: true,
          hint: "Enter ticks or unticks · type to filter · Esc when done"))
    case .meetingDate, .chair, .title:
      let current: String =
        switch field {
        case .meetingDate: audit?.meetingDate.iso ?? editor.draft.meetingDate
        case .chair: audit?.chair ?? editor.draft.chair
        default: audit?.title ?? editor.draft.title
        }
      let hint =
        switch field {
        case .meetingDate: "YYYY-MM-DD, e.g. \(state.today.adding(days: 14).iso)"
        case .chair: "who chairs the meeting"
        default: audit == nil ? "leave empty for “theme (date)”" : ""
        }
      state.overlay = .form(
        FormState(
          title: field.label,
          fields: [
            .init(
              field.label, value: current, hint: hint,
              optional: field == .chair || (field == .title && audit == nil))
          ]
        ) {
          .editor(.setField(field, $0[field.label]))
        })
    }
  }

  static func agencyLabels(_ agencies: [Agency], chosen: [String]) -> [String] {
    agencies.map { (chosen.contains($0.id) ? "[x] " : "[ ] ") + $0.shortName + " — " + $0.name }
  }

  private static func setField(
    _ field: AuditField, _ text: String, _ editor: inout AuditEditorState, _ record: AuditRecord?,
    _ state: inout AppState
  ) -> [Command<AppEffect>] {
    let value = text.trimmingWhitespace
    if field == .meetingDate, Day(iso: value) == nil {
      state.fail("meeting date \"\(text)\" is not a date; use YYYY-MM-DD")
      return []
    }
    guard let audit = record?.audit else {
      switch field {
      case .meetingDate: editor.draft.meetingDate = value
      case .chair: editor.draft.chair = value
      case .title: editor.draft.title = value
      default: break
      }
      state.overlay = nil
      editor.fields.move(by: 1)
      state.status = nil
      return []
    }
    let (details, earlier): (AuditDetails, AuditDetails) =
      switch field {
      case .meetingDate:
        (AuditDetails(meetingDate: Day(iso: value)), AuditDetails(meetingDate: audit.meetingDate))
      case .chair: (AuditDetails(chair: value), AuditDetails(chair: audit.chair ?? ""))
      default: (AuditDetails(title: value), AuditDetails(title: audit.title))
      }
    let step = UndoStep(
      label: "\(field.label.lowercased()) of \(audit.id)", undo: .editAudit(id: audit.id, details: earlier),
      redo: .editAudit(id: audit.id, details: details))
    return [
      .run(
        .edit(
          .editAudit(id: audit.id, details: details), message: "Saved the \(field.label.lowercased()).",
          undo: step, origin: .user))
    ]
  }

  private static func toggleAgency(
    _ id: String, _ editor: inout AuditEditorState, _ record: AuditRecord?, _ state: inout AppState
  ) -> [Command<AppEffect>] {
    let before = record?.audit.panelAgencies ?? editor.draft.agencies
    let after = before.contains(id) ? before.filter { $0 != id } : before + [id]
    if case .picker(var picker) = state.overlay {
      picker.state.options = agencyLabels(state.directory.active, chosen: after)
      state.overlay = .picker(picker)
    }
    guard let audit = record?.audit else {
      editor.draft.agencies = after
      return []
    }
    let step = UndoStep(
      label: "panel of \(audit.id)",
      undo: .editAudit(id: audit.id, details: AuditDetails(panelAgencies: before)),
      redo: .editAudit(id: audit.id, details: AuditDetails(panelAgencies: after)))
    return [
      .run(
        .edit(
          .editAudit(id: audit.id, details: AuditDetails(panelAgencies: after)),
          message: "Saved the panel (\(after.count) agencies).", undo: step, origin: .user))
    ]
  }

  private static func create(_ editor: AuditEditorState, _ state: inout AppState) -> [Command<AppEffect>] {
    guard let index = editor.draft.themeIndex, index < state.themes.count else {
      state.fail("choose a theme first (Tab to the theme list, Enter to choose)")
      return []
    }
    guard let date = Day(iso: editor.draft.meetingDate) else {
      state.fail("an audit needs its meeting date: select “Meeting date” and press Enter")
      return []
    }
    let details = AuditDetails(
      title: editor.draft.title.isEmpty ? nil : editor.draft.title, meetingDate: date,
      chair: editor.draft.chair.isEmpty ? nil : editor.draft.chair, panelAgencies: editor.draft.agencies)
    return [
      .run(
        .edit(
          .createAudit(theme: state.themes[index], details: details), message: "Created the audit.",
          undo: nil, origin: .user))
    ]
  }

  /// The new audit exists: the editor now edits it, starting with its cases.
  static func created(_ id: AuditID, _ state: inout AppState) {
    guard case .auditEditor(var editor) = state.screen, editor.auditID == nil else { return }
    editor.auditID = id
    editor.pane = .cases
    editor.fields = ListState(count: AuditField.forExisting.count)
    state.replaceTop(.auditEditor(editor))
    state.inform("Created \(id). Press a to add its cases, or s to draw them at random.")
  }

  /// Keeps the case selection in range after the record reloads.
  static func clamp(_ state: inout AppState) {
    for (index, screen) in state.stack.enumerated() {
      guard case .auditEditor(var editor) = screen, let id = editor.auditID else { continue }
      editor.cases.setCount(state.record(id)?.includedCases.count ?? 0)
      state.stack[index] = .auditEditor(editor)
    }
  }
}

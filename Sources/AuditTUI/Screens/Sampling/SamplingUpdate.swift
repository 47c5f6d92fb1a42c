import CFAGDomain
import CFAGStore
import TUIKit

/// What the sampling screen's actions do.
enum SamplingUpdate {
  static func update(_ state: inout AppState, _ action: SamplingAction) -> [Command<AppEffect>] {
    guard case .sampling(var screen) = state.screen else { return [] }
    defer { if case .sampling = state.screen { state.replaceTop(.sampling(screen)) } }
    let record = state.record(screen.auditID)
    switch action {
    case .move(let move):
      if screen.pane == .cases { screen.cases.apply(move) } else { screen.poolList.apply(move) }
    case .nextPane:
      screen.pane = screen.pane == .cases ? .pool : .cases
    case .loadedPool(let pool):
      screen.pool = pool
      screen.poolList.setCount(pool.count)
    case .askDraw:
      guard let record else { return [] }
      if record.audit.sample != nil {
        state.overlay = .dialog(
          .confirm(
            title: "Draw again?",
            message:
              "\(record.audit.id) was drawn with seed \(record.audit.sample!.seed). Drawing again discards "
              + "that draw (it stays in the change log); it is refused once drawn cases have returns or grades."
          ),
          choices: [.sampling(.draw(nil, force: true)), nil])
        return []
      }
      state.overlay = .form(drawForm(record, force: false, pool: screen.pool?.count))
    case .draw(let values, let force):
      guard let record else { return [] }
      guard let values else {
        state.overlay = .form(drawForm(record, force: force, pool: screen.pool?.count))
        return []
      }
      switch request(values, force: force) {
      case .failure(let error): state.fail(error.description)
      case .success(let request):
        return [
          .run(
            .edit(
              .sampling(.draw(auditID: record.audit.id, request)), message: "Drew the sample:", undo: nil,
              origin: .user))
        ]
      }
    case .askReplace:
      guard let auditCase = selected(screen, record), auditCase.isIncluded else {
        state.fail("select a case in the audit to replace (↑/↓ in Drawn cases)")
        return []
      }
      let reference = auditCase.reference.value
      state.overlay = .form(
        FormState(
          title: "Replace \(reference) with the next reserve",
          intro: "The lowest-numbered unused reserve comes in. The reason is kept in the change log.",
          fields: [.init("Reason", hint: "e.g. case closed before the audit; family moved out of area")]
        ) { .sampling(.replace(reference: reference, reason: $0["Reason"])) })
    case .replace(let reference, let reason):
      return [
        .run(
          .edit(
            .sampling(.replace(auditID: screen.auditID, reference: reference, reason: reason)),
            message: "Replaced \(reference):", undo: nil, origin: .user))
      ]
    case .showRecord:
      guard let record else { return [] }
      guard let sample = record.audit.sample else {
        state.inform("\(record.audit.id) has not been drawn yet: d draws it.")
        return []
      }
      state.overlay = .reader(
        ReaderOverlay(title: "The draw of \(record.audit.id) — Esc closes", lines: lines(sample)))
    }
    return []
  }

  /// The audit's cases in draw order: drawn, then reserves, then those added by hand.
  static func cases(_ record: AuditRecord?) -> [AuditCase] {
    guard let record else { return [] }
    func rank(_ auditCase: AuditCase) -> (Int, Int) {
      switch auditCase.selection {
      case .random(let order): (0, order)
      case .reserve(let order): (1, order)
      case .manual: (2, 0)
      }
    }
    return record.cases.sorted { rank($0) < rank($1) }
  }

  static func selected(_ screen: SamplingState, _ record: AuditRecord?) -> AuditCase? {
    let all = cases(record)
    guard let row = screen.cases.selected, row < all.count else { return nil }
    return all[row]
  }

  /// Keeps the selection in range after the record reloads.
  static func clamp(_ state: inout AppState) {
    for (index, screen) in state.stack.enumerated() {
      guard case .sampling(var sampling) = screen else { continue }
      sampling.cases.setCount(cases(state.record(sampling.auditID)).count)
      state.stack[index] = .sampling(sampling)
    }
  }

  static func drawForm(_ record: AuditRecord, force: Bool, pool: Int?) -> FormState {
    let fields = CandidateField.allCases.filter {
      $0 != .reference && $0 != .startDate && $0 != .agenciesKnown
    }
    return FormState(
      title: force ? "Draw \(record.audit.id) again" : "Draw the cases of \(record.audit.id)",
      intro:
        "A reproducible random draw from the \(pool.map(String.init) ?? "eligible") candidates the theme "
        + "admits. The seed is recorded with the pool's hash and the time; leave it empty and one is chosen.",
      fields: [
        .init("Cases", value: "6", hint: "how many cases the meeting will audit"),
        .init("Reserves", value: "2", hint: "drawn after them, to replace cases that drop out"),
        .init("Seed", hint: "a whole number, or empty to choose one (it is shown)", optional: true),
        .init(
          "Stratify by", hint: "empty, or " + fields.map(\.rawValue).joined(separator: ", "), optional: true),
      ]
    ) { .sampling(.draw($0, force: force)) }
  }

  /// The form's values as a draw.
  static func request(_ values: FormValues, force: Bool) -> Result<SampleRequest, DomainError> {
    let text = { (label: String) in values[label].trimmingWhitespace }
    guard let size = Int(text("Cases")), size > 0 else {
      return .failure(
        .invalid(field: "cases", value: text("Cases"), reason: "must be a whole number above 0"))
    }
    guard let reserves = text("Reserves").isEmpty ? 0 : Int(text("Reserves")), reserves >= 0 else {
      return .failure(
        .invalid(field: "reserves", value: text("Reserves"), reason: "must be a whole number, 0 or more"))
    }
    var seed: UInt64?
    if !text("Seed").isEmpty {
      guard let value = UInt64(text("Seed")) else {
        return .failure(.invalid(field: "seed", value: text("Seed"), reason: "must be a whole number"))
      }
      seed = value
    }
    var field: CandidateField?
    if !text("Stratify by").isEmpty {
      do { field = try CandidateField(naming: text("Stratify by")) } catch { return .failure(error) }
    }
    return .success(
      SampleRequest(size: size, reserves: reserves, seed: seed, stratifiedBy: field, force: force))
  }

  static func lines(_ sample: SampleRecord) -> [(text: String, style: Style)] {
    [
      ("Seed:        \(sample.seed)", Style().bolded()),
      ("Drawn at:    \(sample.drawnAt)", .plain),
      ("Cases:       \(sample.size), reserves \(sample.reserves)", .plain),
      ("Stratified:  \(sample.stratifiedBy?.label ?? "no")", .plain),
      ("Pool:        \(sample.poolSize) eligible candidates", .plain),
      ("Pool hash:   SHA-256 of the pool's references, sorted, one a line:", .plain),
      ("  \(sample.poolHash)", Style().bolded()),
      (
        "Criteria:    " + (sample.criteria.isEmpty ? "none" : sample.criteria.joined(separator: "; ")), .plain
      ),
      ("", .plain),
      ("The same seed over the same pool draws the same cases (docs/sampling.md).", Style().dimmed()),
    ]
  }
}

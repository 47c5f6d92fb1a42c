import TUIKit

/// What the candidates screen's actions do.
enum CandidatesUpdate {
  static func update(_ state: inout AppState, _ action: CandidatesAction) -> [Command<AppEffect>] {
    guard case .candidates(var screen) = state.screen else { return [] }
    defer { if case .candidates = state.screen { state.replaceTop(.candidates(screen)) } }
    switch action {
    case .move(let move):
      screen.list.apply(move)
    case .askImport:
      state.overlay = .form(
        FormState(
          title: "Import a candidate list",
          intro: "The CSV export of the case management system. Dates of birth become age bands and are "
            + "never stored; columns holding names, addresses or NHS numbers are refused.",
          fields: [
            .init(
              "File", value: screen.lastPath, hint: "a path; Tab completes file names", completesPaths: true)
          ]
        ) { .candidates(.importFile($0["File"])) })
    case .importFile(let path):
      let trimmed = path.trimmingWhitespace
      guard !trimmed.isEmpty else {
        state.fail("type the CSV file's path (Tab completes it)")
        return []
      }
      state.overlay = nil
      screen.lastPath = trimmed
      return [.run(.candidates(.importFile(path: trimmed, dropped: [])))]
    case .loaded(let candidates):
      screen.candidates = candidates
      screen.list.setCount(candidates.count)
    case .imported(let text):
      screen.rejected = nil
      state.inform((screen.auditID == nil ? "" : "Next, s draws the sample. ") + text)
    case .rejected(let rejected):
      screen.rejected = rejected
      let count = rejected.problems.count
      state.fail(
        "\(rejected.path) not imported: \(count) problem\(count == 1 ? "" : "s") (listed below); nothing was stored"
      )
    case .askDrop:
      guard let rejected = screen.rejected, !rejected.refusedColumns.isEmpty else { return [] }
      let names = rejected.refusedColumns.map { "“\($0)”" }.joined(separator: ", ")
      state.overlay = .dialog(
        .confirm(
          title: "Leave out columns",
          message:
            "Import \(rejected.path) again without \(names)? Those columns are neither read nor stored."),
        choices: [.candidates(.dropAndImport), nil])
    case .dropAndImport:
      guard let rejected = screen.rejected else { return [] }
      return [
        .run(
          .candidates(
            .importFile(path: rejected.path, dropped: rejected.dropped + rejected.refusedColumns)))
      ]
    case .askClear:
      let count = screen.candidates?.count ?? 0
      state.overlay = .dialog(
        Dialog(
          title: "Clear the candidate list",
          message: "Delete the \(count) candidates once the draw is done? Each draw keeps its seed and the "
            + "pool's hash. Keep sampled keeps the candidates that are cases of an audit.",
          buttons: ["Keep sampled", "Delete all", "Cancel"], focus: 2),
        choices: [.candidates(.clear(keepSampled: true)), .candidates(.clear(keepSampled: false)), nil])
    case .clear(let keepSampled):
      return [.run(.candidates(.clear(keepSampled: keepSampled)))]
    }
    return []
  }
}

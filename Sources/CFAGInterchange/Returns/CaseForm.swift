import CFAGDomain

/// One case's items of a filled return, turned into an `AgencyReturn` item by item, keeping the
/// line of each so the domain's problems can be reported where they are.
struct CaseForm {
  struct Problem {
    let line: Int
    let field: String
    let message: String
  }

  let theme: Theme
  private(set) var built: AgencyReturn
  private(set) var problems: [Problem] = []
  private var lines: [String: Int] = [:]
  /// Whether a valid yes or no was given for `involved`; without it the case is not checked further.
  private(set) var involvedGiven = false

  init(reference: CaseReference, agency: String, theme: Theme) {
    self.theme = theme
    built = AgencyReturn(reference: reference, agency: agency)
  }

  mutating func fill(_ entry: FilledReturn.Entry) {
    guard let item = ReturnItem(key: entry.key) else {
      return fail(entry, "item", "\"\(entry.key)\" is not an item of a return; keep the template's items")
    }
    guard lines[item.key] == nil else {
      return fail(
        entry, item.key, "appears twice for case \(built.reference) (first on line \(lines[item.key]!))")
    }
    lines[item.key] = entry.line
    let value = entry.value
    switch item {
    case .involved:
      switch value.lowercased().filter(\.isLetter) {
      case "yes", "y": built.involved = true
      case "no", "n": built.involved = false
      default: return fail(entry, item.key, "\"\(value)\" must be yes or no")
      }
      involvedGiven = true
    case .knownBecause: built.knownBecause = value
    case .workDone: built.workDone = value
    case .strengths: built.strengths = value
    case .gaps: built.gaps = value
    case .voice: built.voiceOfChild = value
    case .notApplicable(let id):
      let word = value.lowercased().filter(\.isLetter)
      if ReturnItem.notApplicableWords.contains(word) {
        built.notApplicable.insert(id)
      } else if !ReturnItem.applyingWords.contains(word) {
        return fail(entry, item.key, "\"\(value)\" must be n/a (the section does not apply) or blank")
      }
    case .answer(let id):
      guard !value.isEmpty else { return }
      guard let question = theme.question(id) else { return built.answers[id] = Answer(parsing: value) }
      do {
        var answer = try question.answer(parsing: value)
        if let note = built.answers[id]?.text, !note.isEmpty {
          answer.text = answer.text.isEmpty ? note : answer.text + "\n" + note
        }
        built.answers[id] = answer
      } catch {
        let (field, message) = ReturnAssembler.split(error)
        return fail(entry, field, message)
      }
    case .evidence(let id):
      guard !value.isEmpty else { return }
      var answer = built.answers[id] ?? Answer()
      answer.text = answer.text.isEmpty ? value : answer.text + "\n" + value
      built.answers[id] = answer
    case .domainGrade(let id):
      guard !value.isEmpty else { return }
      guard let judgement = DomainJudgement(parsing: value) else {
        return fail(entry, item.key, "\"\(value)\" must be \(Grade.accepted) or n/a")
      }
      built.domainGrades[id] = judgement
    case .overallGrade:
      guard !value.isEmpty else { return }
      guard let grade = Grade(parsing: value) else {
        return fail(entry, item.key, "\"\(value)\" must be \(Grade.accepted)")
      }
      built.overallGrade = grade
    }
  }

  /// Once every item is in: an involved answer is required whenever anything is filled in.
  mutating func requireInvolved(line: Int) {
    guard !involvedGiven, lines[ReturnItem.involved.key] == nil else { return }
    problems.append(
      Problem(line: line, field: "involved", message: "say yes or no for case \(built.reference)"))
  }

  /// The line of the item a domain problem is about.
  func line(for problem: DomainError) -> Int? {
    switch problem {
    case .invalid(let field, let value, _) where field == "answer": lines["q:\(value)"]
    case .invalid(let field, let value, _) where field == "domain":
      lines["domain:\(value)"] ?? lines["na:\(value)"]
    case .invalid(let field, _, _) where field.name.hasPrefix("answer "):
      lines["q:\(field.name.dropFirst(7))"] ?? lines["note:\(field.name.dropFirst(7))"]
    case .invalid(let field, _, _) where field.name.hasPrefix("domain "):
      lines["domain:\(field.name.dropFirst(7))"]
    default: nil
    }
  }

  private mutating func fail(_ entry: FilledReturn.Entry, _ field: String, _ message: String) {
    problems.append(Problem(line: entry.line, field: field, message: message))
  }
}

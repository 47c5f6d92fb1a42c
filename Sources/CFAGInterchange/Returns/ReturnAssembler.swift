import CFAGDomain

/// One agency's returns read from a filled file, validated and ready to store.
public struct AssembledReturns: Sendable {
  public var agency: Agency
  /// One return per case the agency filled in, in file order.
  public var returns: [AgencyReturn]
  /// Cases left wholly blank: nothing is recorded for them.
  public var blankCases: [CaseReference]
}

/// Validates a filled return file against its audit: the audit id, the agency (through the
/// agency list), the case references, every item's key and value, and the domain's rules for
/// returns (`AgencyReturn.problems(against:)`). Every problem is reported with its line.
public struct ReturnAssembler: Sendable {
  public var auditID: AuditID
  public var theme: Theme
  public var cases: [CaseReference]
  public var directory: AgencyDirectory

  public init(auditID: AuditID, theme: Theme, cases: [CaseReference], directory: AgencyDirectory) {
    self.auditID = auditID
    self.theme = theme
    self.cases = cases
    self.directory = directory
  }

  public func assemble(_ filled: FilledReturn, file: String) throws(ImportProblems) -> AssembledReturns {
    let byField = filled.places == .fields
    var problems = filled.problems.map { byField ? "\(file): \($0.text)" : "\(file):\($0.line): \($0.text)" }
    func problem(_ line: Int, _ field: String, _ message: String, case reference: CaseReference? = nil) {
      guard byField else {
        let prefix = reference.map { "case \($0): " } ?? ""
        return problems.append("\(file):\(line): \(field): \(prefix)\(message)")
      }
      let place = [reference?.value, Self.fieldWords(field)].compactMap { $0 }.joined(separator: ", ")
      problems.append("\(file): \(place): \(message)")
    }
    if let audit = filled.audit {
      if AuditID(audit.text) != auditID {
        problem(audit.line, "audit", "the file is a return for \"\(audit.text)\", not \(auditID)")
      }
    } else if filled.problems.isEmpty {
      problem(1, "audit", "the file does not say which audit it is for; start from `cfag returns template`")
    }
    var agency: Agency?
    if let named = filled.agency {
      do {
        agency = try directory.resolve(named.text)
      } catch {
        problem(named.line, "agency", Self.words(error))
      }
    } else if filled.problems.isEmpty {
      problem(1, "agency", "the file does not say which agency it is from")
    }
    var byCase: [(CaseReference, [FilledReturn.Entry])] = []
    for entry in filled.entries {
      guard let reference = cases.first(where: { $0.value.lowercased() == entry.reference.lowercased() })
      else {
        problem(entry.line, "case", "\"\(entry.reference)\" is not a case of audit \(auditID)")
        continue
      }
      if let index = byCase.firstIndex(where: { $0.0 == reference }) {
        byCase[index].1.append(entry)
      } else {
        byCase.append((reference, [entry]))
      }
    }
    var returns: [AgencyReturn] = []
    var blank: [CaseReference] = []
    for (reference, entries) in byCase {
      if entries.allSatisfy({ $0.value.isEmpty }) {
        blank.append(reference)
        continue
      }
      var form = CaseForm(reference: reference, agency: agency?.id ?? "", theme: theme)
      for entry in entries { form.fill(entry) }
      form.requireInvolved(line: entries[0].line)
      let built = form.built
      for found in form.problems {
        // An answer's problem names its case, as the domain's do; the others say it themselves.
        let named = byField || found.field.hasPrefix("answer ")
        problem(found.line, found.field, found.message, case: named ? reference : nil)
      }
      let unreadable = Set(form.problems.map(\.line))
      for found in form.involvedGiven ? built.problems(against: theme) : [] {
        let (field, message) = Self.split(found)
        let line = form.line(for: found) ?? entries[0].line
        if !unreadable.contains(line) { problem(line, field, message, case: reference) }
      }
      returns.append(built)
    }
    if problems.isEmpty, returns.isEmpty, !byCase.isEmpty {
      problem(
        1, "answers", "nothing is filled in: this is the template as it was sent; fill it in, then import it")
    }
    if !problems.isEmpty { throw ImportProblems(problems: problems) }
    return AssembledReturns(agency: agency!, returns: returns, blankCases: blank)
  }

  /// A domain refusal split into its field and the rest.
  static func split(_ error: DomainError) -> (String, String) {
    switch error {
    case .invalid(let field, let value, let reason) where field == "answer" || field == "domain":
      ("\(field) \(value)", reason)
    case .invalid(let field, let value, let reason): (field.name, "\"\(value)\" \(reason)")
    case .missing(let field, let reason): (field.name, reason)
    default: ("return", error.description)
    }
  }

  static func words(_ error: DomainError) -> String { split(error).1 }

  /// A field in words for a Word form's problems: `answer X` and `q:X` become `question X`.
  static func fieldWords(_ field: String) -> String {
    for prefix in ["answer ", "q:", "note:"] where field.hasPrefix(prefix) {
      return "question " + field.dropFirst(prefix.count)
    }
    for prefix in ["domain ", "domain:", "na:"] where field.hasPrefix(prefix) {
      return "section " + field.dropFirst(prefix.count)
    }
    return field
  }
}

import CFAGDomain
import Yams

extension NodeReader {
  /// Reads `domains:` and their questions. Ids must be slugs, unique among domains and among all
  /// the theme's questions; at least one domain and one question in each (6–8 and 3–6 advised).
  mutating func domains(_ node: Node) -> [ThemeDomain] {
    guard let sequence = node.sequence else {
      error(
        "'domains' must be a list of domains (lines starting '- id:'), not \(Self.kind(of: node))", at: node)
      return []
    }
    if sequence.isEmpty {
      error("'domains' needs at least one domain", at: node)
      return []
    }
    let range = ThemeFormat.recommendedDomains
    if !range.contains(sequence.count) {
      warning(
        "the theme has \(sequence.count) domain\(sequence.count == 1 ? "" : "s"); the partnership's "
          + "guidance is \(range.lowerBound) to \(range.upperBound)", at: node)
    }
    var domainIds: [String: Node] = [:]
    var questionIds: [String: Node] = [:]
    var result: [ThemeDomain] = []
    for (index, item) in sequence.enumerated() {
      guard let mapping = mapping(item, what: "domain \(index + 1)") else { continue }
      let idNode = mapping["id"]
      let name = idNode?.scalar.map { "domain '\($0.string)'" } ?? "domain \(index + 1)"
      checkKeys(of: mapping, allowed: ThemeFormat.domainKeys, in: "in \(name)")
      let id = slug(mapping, owner: name, at: item, kind: "domain", seen: &domainIds)
      let title = value("title", in: mapping, required: true, owner: " in \(name)", at: item)
        .flatMap { text($0, field: "title") }
      var questions: [Question] = []
      if let questionsNode = value("questions", in: mapping, required: true, owner: " in \(name)", at: item) {
        questions = self.questions(questionsNode, domain: name, seen: &questionIds)
      }
      if let id, let title { result.append(ThemeDomain(id: id, title: title, questions: questions)) }
    }
    return result
  }

  private mutating func questions(_ node: Node, domain: String, seen: inout [String: Node]) -> [Question] {
    guard let sequence = node.sequence else {
      error("'questions' in \(domain) must be a list of questions, not \(Self.kind(of: node))", at: node)
      return []
    }
    if sequence.isEmpty {
      error("\(domain) needs at least one question", at: node)
      return []
    }
    let range = ThemeFormat.recommendedQuestions
    if !range.contains(sequence.count) {
      warning(
        "\(domain) has \(sequence.count) question\(sequence.count == 1 ? "" : "s"); the partnership's "
          + "guidance is \(range.lowerBound) to \(range.upperBound)", at: node)
    }
    var result: [Question] = []
    for (index, item) in sequence.enumerated() {
      guard let mapping = mapping(item, what: "question \(index + 1) in \(domain)") else { continue }
      let name =
        mapping["id"]?.scalar.map { "question '\($0.string)'" } ?? "question \(index + 1) in \(domain)"
      checkKeys(of: mapping, allowed: ThemeFormat.questionKeys, in: "in \(name)")
      let id = slug(mapping, owner: name, at: item, kind: "question", seen: &seen)
      let text = value("text", in: mapping, required: true, owner: " in \(name)", at: item)
        .flatMap { self.text($0, field: "text") }
      let guidance = value("good_looks_like", in: mapping, required: true, owner: " in \(name)", at: item)
        .flatMap { self.text($0, field: "good_looks_like") }
      let answer = mapping["answer"].map { answerType($0) } ?? .yesPartlyNo
      if let id, let text, let guidance, let answer {
        result.append(Question(id: id, text: text, guidance: guidance, answerType: answer))
      }
    }
    return result
  }

  private mutating func answerType(_ node: Node) -> AnswerType? {
    guard let text = text(node, field: "answer") else { return nil }
    if let type = ThemeFormat.answerType(parsing: text) { return type }
    let allowed = AnswerType.allCases.map(\.rawValue)
    error(
      "unknown answer type '\(text)'\(Suggestion.hint(for: text, in: allowed)); use "
        + allowed.joined(separator: " or "), at: node)
    return nil
  }

  /// The `id:` of a domain or question: present, a slug, and not used before.
  private mutating func slug(
    _ mapping: Node.Mapping, owner: String, at item: Node, kind: String, seen: inout [String: Node]
  ) -> String? {
    guard let node = value("id", in: mapping, required: true, owner: " in \(owner)", at: item),
      let id = text(node, field: "id")
    else { return nil }
    guard ThemeFormat.isSlug(id) else {
      error(
        "\(kind) id '\(id)' must be lower-case letters, digits and hyphens, such as "
          + "'\(ThemeFormat.slug(from: id))'", at: node)
      return nil
    }
    if let first = seen[id] {
      let line = first.mark.map { " (first used on line \($0.line))" } ?? ""
      error("duplicate \(kind) id '\(id)'\(line)", at: node)
      return nil
    }
    seen[id] = node
    return id
  }
}

import CFAGDomain
import Yams

/// Writes a `Theme` back out in the theme file format, for `cfag themes show --yaml` and for
/// saving an audit's copy of its theme. `ThemeParser` reads the result back to an equal theme.
public enum ThemeWriter {
  /// The theme as a theme file, opening with a comment naming the format's fields.
  public static func yaml(for theme: Theme) throws -> String {
    let body = try Yams.serialize(node: node(for: theme), indent: 2, width: 100, allowUnicode: true)
    return header + body
  }

  /// A short reminder of the format at the top of written files.
  static let header = """
    # CFAG theme file. Fields: id, title, version, report_subject, description, criteria,
    # grades (good, requires_improvement, inadequate) and domains (id, title, questions:
    # id, text, answer: yes-partly-no or text, good_looks_like). See Themes/README.md.

    """

  static func node(for theme: Theme) -> Node {
    var pairs: [(Node, Node)] = [
      ("id", text(theme.id)),
      ("title", text(theme.title)),
      ("version", Node(String(theme.version), Tag(.int))),
      ("report_subject", text(theme.reportSubject)),
      ("description", text(theme.description)),
    ]
    if !theme.criteria.isEmpty {
      pairs.append(("criteria", Node(theme.criteria.map(criterion))))
    }
    pairs.append(
      (
        "grades",
        Node(
          ThemeFormat.gradeKeys.map { key, grade in (Node(key), text(theme.gradeDescriptors[grade] ?? "")) })
      ))
    pairs.append(("domains", Node(theme.domains.map(domain))))
    return Node(pairs)
  }

  private static func criterion(_ criterion: Criterion) -> (Node, Node) {
    switch criterion {
    case .oneOf(let field, let values):
      (Node(field.rawValue), list(values))
    case .startedWithinMonths(let months):
      ("started_within_months", Node(String(months), Tag(.int)))
    case .knownToAnyOf(let agencies):
      ("known_to_any_of", list(agencies))
    }
  }

  private static func domain(_ domain: ThemeDomain) -> Node {
    let pairs: [(Node, Node)] = [
      ("id", text(domain.id)),
      ("title", text(domain.title)),
      ("questions", Node(domain.questions.map(question))),
    ]
    return Node(pairs)
  }

  private static func question(_ question: Question) -> Node {
    let pairs: [(Node, Node)] = [
      ("id", text(question.id)),
      ("text", text(question.text)),
      ("answer", text(question.answerType.rawValue)),
      ("good_looks_like", text(question.guidance)),
    ]
    return Node(pairs)
  }

  private static func list(_ values: [String]) -> Node {
    Node(values.map(text), Tag(.seq), .flow)
  }

  /// A string scalar, quoted when YAML would otherwise read it as something else (`yes`, `12`).
  private static func text(_ value: String) -> Node {
    .scalar(value.represented())
  }
}

import CFAGDomain
import TUIKit

/// The theme's questions with their guidance, and what each agency answered, for the reader.
enum Guidance {
  static func reader(
    _ record: AuditRecord, _ reference: CaseReference, domainID: String?, _ directory: AgencyDirectory
  ) -> ReaderOverlay {
    let theme = record.audit.theme
    let domains = theme.domains.filter { domainID == nil || $0.id == domainID }
    let returns = record.returns(for: reference)
    var lines: [(text: String, style: Style)] = []
    for domain in domains {
      lines.append((domain.title, Style().bolded().underlined()))
      for question in domain.questions {
        lines.append(("Q: " + question.text, Style().bolded()))
        lines.append(("   Good practice looks like: " + question.guidance, .plain))
        for agencyReturn in returns {
          let name =
            directory.agencies.first { $0.id == agencyReturn.agency }?.shortName ?? agencyReturn.agency
          let answer = agencyReturn.answers[question.id]?.display ?? "(no answer)"
          lines.append(("   \(name): \(answer)", Style().dimmed()))
        }
      }
      lines.append(("", .plain))
    }
    let descriptors = Grade.allCases.compactMap { grade in
      theme.gradeDescriptors[grade].map { ("\(grade.label): \($0)", GradeLook.style(grade)) }
    }
    if !descriptors.isEmpty {
      lines.append(("What the grades mean", Style().bolded().underlined()))
      lines += descriptors
    }
    let title = domains.count == 1 ? "Guidance: \(domains[0].title)" : "Guidance: \(theme.title)"
    return ReaderOverlay(title: title + " — Esc closes", lines: lines)
  }
}

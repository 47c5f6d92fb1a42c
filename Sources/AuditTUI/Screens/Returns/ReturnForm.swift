import CFAGDomain
import CFAGStore
import TUIKit

/// The form an agency's return is typed in, in the meeting or before it: whether the agency was
/// involved, its narrative, the questions under their domains (each domain with an "Applies"
/// field that one key marks not applicable), and the agency's own grade. Every part may be left
/// empty: the workbench keeps such a return as a draft.
enum ReturnForm {
  /// The form for one return, filled with what is stored; a new return starts as not involved
  /// when the candidate list says the agency never knew the child.
  static func form(
    _ theme: Theme, _ reference: CaseReference, _ agency: Agency, _ earlier: AgencyReturn?, neverKnew: Bool
  ) -> FormState {
    let involved = earlier.map(\.involved) ?? !neverKnew
    var fields: [FormState.Field] = [
      .init(
        "Involved", value: involved ? "yes" : "no",
        hint: neverKnew && earlier == nil
          ? "no: the candidate list says \(agency.shortName) never knew the child; y if it did"
          : "y yes · n no (then nothing else is needed)",
        optional: true, quickAnswers: ["y": "yes", "n": "no"]),
      .init(
        "Known because", value: earlier?.knownBecause ?? "",
        hint: "why the child came to the agency's attention", optional: true),
      .init("Work done", value: earlier?.workDone ?? "", hint: "the work the agency did", optional: true),
      .init("Strengths", value: earlier?.strengths ?? "", hint: "what the agency did well", optional: true),
      .init("Gaps", value: earlier?.gaps ?? "", hint: "what was missed or could be better", optional: true),
      .init(
        "Voice of child", value: earlier?.voiceOfChild ?? "", hint: "how the child's voice was heard",
        optional: true),
    ]
    for domain in theme.domains {
      let applies = !(earlier?.notApplicable.contains(domain.id) ?? false)
      fields.append(
        .init(
          "Applies", key: appliesKey(domain), value: applies ? "yes" : "no",
          hint: "n: not applicable to this agency; y: it applies",
          optional: true, gives: "domain \(domain.id)", section: domain.title,
          quickAnswers: ["y": "yes", "n": "no"]))
      for question in domain.questions {
        fields.append(
          .init(
            question.text, value: earlier?.answers[question.id]?.display ?? "", hint: answerHint(question),
            optional: true, gives: "answer \(question.id)", section: domain.title,
            quickAnswers: quickAnswers(question.answerType)))
      }
    }
    fields.append(
      .init(
        "Overall grade", value: earlier?.overallGrade?.rawValue ?? "",
        hint: "g good · r requires improvement · i inadequate", optional: true,
        section: "The agency's own grade",
        quickAnswers: ["g": "good", "r": "requires improvement", "i": "inadequate"]))
    return FormState(
      title: "\(agency.shortName)'s return for \(reference.value)",
      intro:
        "Answer what you know; ^S saves, and a return with answers still to give is kept as a draft. "
        + "Enter moves on.",
      fields: fields
    ) { .returns(.saveReturn(reference: reference.value, agency: agency.id, $0)) }
  }

  /// The key of a domain's "Applies" field.
  static func appliesKey(_ domain: ThemeDomain) -> String { "applies \(domain.id)" }

  /// One key per answer on an empty field; "partly" waits for its evidence.
  static func quickAnswers(_ type: AnswerType) -> [Character: String] {
    switch type {
    case .yesPartlyNo: ["y": "yes", "p": "partly: ", "n": "no", "a": "n/a"]
    case .yesNo: ["y": "yes", "n": "no", "a": "n/a"]
    case .text: [:]
    }
  }

  /// What a question's answer field wants, with the theme's "what good looks like".
  static func answerHint(_ question: Question) -> String {
    let keys =
      switch question.answerType {
      case .yesPartlyNo: "y yes · p partly · n no · a n/a; evidence after a colon"
      case .yesNo: "y yes · n no · a n/a; evidence after a colon"
      case .text: "free text"
      }
    return question.guidance.isEmpty ? keys : "\(keys) — good looks like: \(question.guidance)"
  }

  /// The form's values as the whole return (what is left empty is cleared); the domain grades,
  /// which the form does not show, are kept from `earlier`. The workbench checks the rest.
  static func input(
    _ values: FormValues, reference: String, agency: String, theme: Theme, earlier: AgencyReturn?
  ) -> Result<ReturnInput, DomainError> {
    let text = { (label: String) in values[label].trimmingWhitespace }
    guard let involved = yesOrNo(text("Involved"), empty: true) else {
      return .failure(.invalid(field: "involved", value: text("Involved"), reason: "must be yes or no"))
    }
    guard involved else {
      return .success(ReturnInput(reference: reference, agency: agency, involved: false, isWhole: true))
    }
    var notApplicable: [String] = []
    for domain in theme.domains {
      let typed = text(appliesKey(domain))
      guard let applies = yesOrNo(typed, empty: true) else {
        return .failure(
          .invalid(field: "applies", value: typed, reason: "for \(domain.title) must be yes or no"))
      }
      if !applies { notApplicable.append(domain.id) }
    }
    var answers: [String: String] = [:]
    for question in theme.questions where !text(question.text).isEmpty {
      answers[question.id] = text(question.text)
    }
    let gradeText = text("Overall grade")
    var grade: Grade?
    if !gradeText.isEmpty {
      guard let parsed = Grade(parsing: gradeText) else {
        return .failure(.invalid(field: "overall grade", value: gradeText, reason: "use \(Grade.accepted)"))
      }
      grade = parsed
    }
    return .success(
      ReturnInput(
        reference: reference, agency: agency, involved: true, knownBecause: text("Known because"),
        workDone: text("Work done"), strengths: text("Strengths"), gaps: text("Gaps"),
        voiceOfChild: text("Voice of child"), answers: answers, overallGrade: grade,
        domainGrades: earlier?.domainGrades ?? [:], notApplicable: notApplicable, isWhole: true))
  }

  private static func yesOrNo(_ text: String, empty: Bool) -> Bool? {
    switch text.lowercased() {
    case "yes", "y": true
    case "no", "n": false
    case "": empty
    default: nil
    }
  }
}

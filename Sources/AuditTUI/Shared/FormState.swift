import CFAGDomain
import Foundation
import TUIKit

/// A small form: labelled one-line fields, Tab/↑/↓ between them. Enter moves to the next field in
/// order and, on the last one (or ^S anywhere), submits; a required field left empty stops it with a
/// message beside that field. Esc closes an untouched form at once and asks first (save, discard,
/// keep editing) when something was typed. What submitting does is given by `onSubmit`.
public struct FormState {
  public struct Field {
    public var label: String
    /// What the handler reads the value by (`FormValues`): the label, unless labels repeat (each
    /// domain of a return has an "Applies" field).
    public var key: String
    public var value: TextFieldState
    /// Shown dimmed under the field, e.g. the expected format.
    public var hint: String
    /// Tab completes a file path here instead of moving to the next field.
    public var completesPaths: Bool
    /// May be left empty: Enter does not stop at it.
    public var isOptional: Bool
    /// The operation's input this field gives, when its label does not say it ("Closed by" gives
    /// `by`): a refusal naming that input moves the focus here.
    public var gives: CFAGDomain.Field?
    /// A heading shown above this field when it differs from the previous field's (a return's domains).
    public var section: String?
    /// Answers given with one key on a field that is empty or holds just such an answer: "y"
    /// fills "yes", "p" "partly: ", and "n" turns "yes" into "no". Someone typing the whole word
    /// is not tripped up: keys that go on spelling the answer are taken as that spelling, and any
    /// other key turns what was typed back into plain text.
    public var quickAnswers: [Character: String]

    /// Empty, or holding only a one-key answer: the next one-key answer replaces it.
    var holdsNoOwnText: Bool { value.text.isEmpty || quickAnswers.values.contains(value.text) }

    public init(
      _ label: String, key: String? = nil, value: String = "", hint: String = "",
      completesPaths: Bool = false,
      optional: Bool = false, gives: CFAGDomain.Field? = nil, section: String? = nil,
      quickAnswers: [Character: String] = [:]
    ) {
      self.label = label
      self.key = key ?? label
      self.gives = gives
      self.section = section
      self.quickAnswers = quickAnswers
      self.value = TextFieldState(value)
      self.hint = hint
      self.completesPaths = completesPaths
      self.isOptional = optional
    }
  }

  public var title: String
  public var fields: [Field]
  public var focus = 0
  /// Turns the values into a message. The form stays open until the save succeeds, so a refused
  /// value can be corrected; a handler that saves nothing closes it itself.
  public var onSubmit: @Sendable (FormValues) -> AppMessage
  /// A line of help above the fields.
  public var intro: String
  /// After a save, clear the first field and stay open for the next entry (adding cases).
  public var repeats = false
  /// What stops the form being saved, shown beside the field it concerns.
  public var problem: Problem?
  /// Esc was pressed with something typed: the form asks whether to save, discard or keep editing.
  public var confirmingExit = false
  /// The values the form opened with, to tell whether anything was typed.
  private var original: [String]
  /// The keys typed since a one-key answer filled the focused field, and that answer.
  private var quickTyping: (typed: String, answer: String)?

  /// A message about one field: a required value missing, or a refusal naming it.
  public struct Problem: Equatable, Sendable {
    public var field: Int
    public var text: String
  }

  public init(
    title: String, intro: String = "", fields: [Field],
    onSubmit: @escaping @Sendable (FormValues) -> AppMessage
  ) {
    self.title = title
    self.intro = intro
    self.fields = fields
    self.onSubmit = onSubmit
    self.original = fields.map(\.value.text)
  }

  /// Whether anything differs from what the form opened with.
  public var isChanged: Bool { fields.map(\.value.text) != original }

  /// Marks the field given by a refusal, or else the focused one, with the refusal's text.
  public mutating func report(_ text: String, at index: Int?) {
    if let index, fields.indices.contains(index) { focus = index }
    problem = Problem(field: focus, text: text)
  }

  /// The values typed, by field key (the label, unless given another).
  public var values: FormValues { FormValues(fields.map { ($0.key, $0.value.text) }) }

  /// What a key did to the form.
  public enum Outcome {
    case handled, cancelled, submitted
    /// Tab in a path field: complete the text.
    case complete
  }

  public mutating func handle(_ key: Key) -> Outcome {
    if confirmingExit {
      confirmingExit = false
      switch key {
      case .character("s"), .ctrl("s"): return submit()
      case .character("d"), .character("y"): return .cancelled
      default: return .handled
      }
    }
    if case .character = key {
      // Typing goes on; the one-key answer may still be being spelt out.
    } else {
      quickTyping = nil
    }
    switch key {
    case .escape:
      guard isChanged else { return .cancelled }
      confirmingExit = true
    case .ctrl("s"): return submit()
    case .enter:
      if isMissing(focus) {
        problem = Problem(field: focus, text: needs(focus))
      } else if focus == fields.count - 1 {
        return submit()
      } else {
        problem = nil
        focus += 1
      }
    case .tab where fields.indices.contains(focus) && fields[focus].completesPaths: return .complete
    case .tab, .down: focus = (focus + 1) % max(1, fields.count)
    case .backTab, .up: focus = (focus + fields.count - 1) % max(1, fields.count)
    case .character(let character) where quickTyping != nil:
      let typed = (quickTyping?.typed ?? "") + String(character)
      guard let quick = quickTyping else { return .handled }
      if quick.answer.lowercased().hasPrefix(typed.lowercased()) {
        quickTyping?.typed = typed
        return .handled
      }
      quickTyping = nil
      // Right after a one-key answer that invites evidence ("partly: "), a key starts the evidence;
      // otherwise what was typed is taken as plain text.
      let startsEvidence = quick.typed.count == 1 && quick.answer.hasSuffix(" ")
      fields[focus].value.setText(startsEvidence ? quick.answer + String(character) : typed)
      return .handled
    case .character(let character)
    where fields.indices.contains(focus) && fields[focus].holdsNoOwnText
      && fields[focus].quickAnswers[Character(character.lowercased())] != nil:
      let answer = fields[focus].quickAnswers[Character(character.lowercased())] ?? ""
      fields[focus].value.setText(answer)
      quickTyping = (String(character), answer)
      if problem?.field == focus { problem = nil }
      return .handled
    default:
      guard fields.indices.contains(focus) else { return .handled }
      _ = fields[focus].value.handle(key)
      if problem?.field == focus { problem = nil }
    }
    return .handled
  }

  /// Submits, unless a required field is empty: then the focus goes there and says what it needs.
  private mutating func submit() -> Outcome {
    if let missing = fields.indices.first(where: isMissing) {
      focus = missing
      problem = Problem(field: missing, text: needs(missing))
      return .handled
    }
    problem = nil
    return .submitted
  }

  private func isMissing(_ index: Int) -> Bool {
    fields.indices.contains(index) && !fields[index].isOptional
      && fields[index].value.text.trimmingCharacters(in: .whitespaces).isEmpty
  }

  private func needs(_ index: Int) -> String {
    let field = fields[index]
    return "\(field.label) is needed" + (field.hint.isEmpty ? "." : ": \(field.hint)")
  }
}

/// A submitted form's values by field key (the label unless given another), `values["Lead"]`, so
/// a handler never depends on the order of the fields.
public struct FormValues: Sendable, Equatable {
  private let byLabel: [String: String]

  public init(_ pairs: [(String, String)]) {
    byLabel = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }

  /// The text of the field with this label; asking for a label the form lacks is a bug.
  public subscript(label: String) -> String {
    assert(byLabel[label] != nil, "the form has no field labelled \(label)")
    return byLabel[label] ?? ""
  }
}

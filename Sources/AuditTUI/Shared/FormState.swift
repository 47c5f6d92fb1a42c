import CFAGDomain
import Foundation
import TUIKit

/// A small form: labelled one-line fields, Tab/↑/↓ between them, Enter on the last field (or ^S)
/// submits, Esc cancels. What submitting does is given by `onSubmit`.
public struct FormState {
  public struct Field {
    public var label: String
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

    public init(
      _ label: String, value: String = "", hint: String = "", completesPaths: Bool = false,
      optional: Bool = false, gives: CFAGDomain.Field? = nil
    ) {
      self.label = label
      self.gives = gives
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

  public init(
    title: String, intro: String = "", fields: [Field],
    onSubmit: @escaping @Sendable (FormValues) -> AppMessage
  ) {
    self.title = title
    self.intro = intro
    self.fields = fields
    self.onSubmit = onSubmit
  }

  /// The values typed, by field label.
  public var values: FormValues { FormValues(fields.map { ($0.label, $0.value.text) }) }

  /// What a key did to the form.
  public enum Outcome {
    case handled, cancelled, submitted
    /// Tab in a path field: complete the text.
    case complete
  }

  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .escape: return .cancelled
    case .ctrl("s"): return .submitted
    case .enter:
      let empty = fields.indices.filter {
        !fields[$0].isOptional && fields[$0].value.text.trimmingCharacters(in: .whitespaces).isEmpty
      }
      guard let next = empty.first(where: { $0 > focus }) ?? empty.first else { return .submitted }
      focus = next
    case .tab where fields.indices.contains(focus) && fields[focus].completesPaths: return .complete
    case .tab, .down: focus = (focus + 1) % max(1, fields.count)
    case .backTab, .up: focus = (focus + fields.count - 1) % max(1, fields.count)
    default:
      if fields.indices.contains(focus) { _ = fields[focus].value.handle(key) }
    }
    return .handled
  }
}

/// A submitted form's values by field label, `values["Lead"]`, so a handler never depends on
/// the order of the fields.
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

extension XMLReader {
  /// An element's or attribute's name: its local part and the namespace its prefix (or the default
  /// namespace, for an element) is bound to; nil when it is in no namespace.
  public struct Name: Equatable, Sendable {
    public var namespace: String?
    public var local: String

    public init(_ local: String, namespace: String? = nil) {
      self.local = local
      self.namespace = namespace
    }
  }

  /// An attribute other than a namespace declaration, its value with references resolved.
  public struct Attribute: Equatable, Sendable {
    public var name: Name
    public var value: String

    public init(_ name: Name, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// What the reader meets next. An empty element (`<a/>`) is a start followed by an end; the text
  /// between two tags (character data, references and CDATA sections, around any comments) is one event.
  public enum Event: Equatable, Sendable {
    case start(Name, attributes: [Attribute])
    case end(Name)
    case text(String)
  }
}

/// Why bytes are not well-formed XML the reader accepts: the 1-based line and what is wrong there.
public struct XMLReadError: Error, Equatable, CustomStringConvertible {
  public let line: Int
  public let reason: String

  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  public var description: String { "line \(line): \(reason)" }
}

import CFAGDomain

/// What a saving operation did: the value it saved (the changed aggregate or the new id), the
/// personal-data warnings about its free text, which every front end shows, and the change log's
/// head after it.
public struct Saved<Value> {
  public let value: Value
  public let warnings: [DataWarning]
  public let head: LogSequence

  public init(_ value: Value, warnings: [DataWarning] = [], head: LogSequence) {
    self.value = value
    self.warnings = warnings
    self.head = head
  }

  /// The same outcome carrying another value (what the operation read back after saving).
  public func map<Other>(_ transform: (Value) throws -> Other) rethrows -> Saved<Other> {
    Saved<Other>(try transform(value), warnings: warnings, head: head)
  }
}

extension Saved: Sendable where Value: Sendable {}

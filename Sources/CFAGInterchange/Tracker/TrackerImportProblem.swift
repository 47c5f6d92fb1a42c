import CFAGDomain

/// Something in an edited pack that stops the import, located at its line.
public struct TrackerImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// 1-based physical line of the CSV file.
  public var line: Int
  /// The action id of the row, when known.
  public var id: ActionID?
  public var message: String

  public init(line: Int, id: ActionID? = nil, message: String) {
    self.line = line
    self.id = id
    self.message = message
  }

  /// `line 7: LL-2026-003: status "done" is not a status ...`.
  public var description: String { "line \(line): " + (id.map { "\($0): " } ?? "") + message }
}

/// An import refused: every problem found, nothing applied.
public struct TrackerImportFailure: Error, Sendable, CustomStringConvertible {
  public var problems: [TrackerImportProblem]

  public init(problems: [TrackerImportProblem]) { self.problems = problems }

  public var description: String {
    (problems.map(\.description) + [
      "nothing was applied (\(problems.count) problem\(problems.count == 1 ? "" : "s"))"
    ])
    .joined(separator: "\n")
  }
}

/// Why a file (a candidate list, its mapping file, an agency return) was not imported: every
/// problem found, each as `file:line: field: problem`, capped at `limit` with a count of the rest.
public struct ImportProblems: Error, Equatable, Sendable, CustomStringConvertible {
  /// How many problems are listed before "... and N more".
  public static let limit = 20

  public var problems: [String]

  public init(problems: [String]) { self.problems = problems }

  /// The problems to show: at most `limit`, then a line counting the rest.
  public var shown: [String] {
    guard problems.count > Self.limit else { return problems }
    return Array(problems.prefix(Self.limit)) + ["... and \(problems.count - Self.limit) more"]
  }

  public var description: String { shown.joined(separator: "\n") }
}

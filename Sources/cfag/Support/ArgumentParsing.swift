import ArgumentParser
import CFAGDomain

/// Ids as typed: normalised by the id itself (`cfag-2026-01` is `CFAG-2026-01`).
extension ExpressibleByArgument where Self: Identifier {
  public init?(argument: String) {
    guard !argument.trimmingWhitespace.isEmpty else { return nil }
    self.init(argument)
  }
}

extension AuditID: ExpressibleByArgument {}
extension ActionID: ExpressibleByArgument {}
extension RecommendationID: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(iso: argument) }
  public static var defaultValueDescription: String { "YYYY-MM-DD" }
}

extension Grade: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
  public static var allValueStrings: [String] { Grade.allCases.map(\.rawValue) }
}

/// `ID=VALUE` pairs such as `--domain assessment=good`.
struct Assignment: ExpressibleByArgument {
  let key: String
  let value: String

  init?(argument: String) {
    guard let equals = argument.firstIndex(of: "=") else { return nil }
    key = String(argument[..<equals]).trimmingWhitespace
    value = String(argument[argument.index(after: equals)...]).trimmingWhitespace
    guard !key.isEmpty else { return nil }
  }

  static var defaultValueDescription: String { "ID=VALUE" }

  /// `--domain ID=GRADE` options as a map, refusing a grade that does not parse (naming it).
  static func domainGrades(_ assignments: [Assignment]) throws -> [String: DomainJudgement] {
    var grades: [String: DomainJudgement] = [:]
    for assignment in assignments {
      guard let judgement = DomainJudgement(parsing: assignment.value) else {
        throw CLIError("--domain \(assignment.key)=\(assignment.value): use \(Grade.accepted) or n/a")
      }
      grades[assignment.key] = judgement
    }
    return grades
  }
}

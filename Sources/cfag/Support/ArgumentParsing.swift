import ArgumentParser
import CFAGDomain
import CFAGInterchange
import CFAGReports
import Foundation

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
extension TrackerPack.Selection.Status: ExpressibleByArgument {}
extension ReportPeriod.Kind: ExpressibleByArgument {}

/// A date on the command line: from 2000 to five years after today (`CFAG_TODAY` or the clock), so a
/// slip such as 9999-12-31 or 2062 for 2026 is refused, naming the option and the value.
extension Day: ExpressibleByArgument {
  public init?(argument: String) {
    guard let day = Day(iso: argument), day.year >= 2000 else { return nil }
    let variables = ProcessInfo.processInfo.environment
    let today = variables["CFAG_TODAY"].flatMap { Day(iso: $0) } ?? Clock.today()
    guard let latest = Day(year: today.year + 5, month: today.month, day: min(today.day, 28)), day <= latest
    else { return nil }
    self = day
  }
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

/// How many of an audit's cases got each grade: the figures the headline is built from.
public struct GradeDistribution: Hashable, Sendable, Codable {
  public var good: Int
  public var requiresImprovement: Int
  public var inadequate: Int
  /// The cases in the audit, graded or not.
  public var cases: Int

  public init(good: Int, requiresImprovement: Int, inadequate: Int, cases: Int) {
    self.good = good
    self.requiresImprovement = requiresImprovement
    self.inadequate = inadequate
    self.cases = cases
  }

  /// Counts `grades` among `cases` cases (`cases` defaults to the number of grades).
  public init(grades: [Grade], cases: Int? = nil) {
    // One pass, by `switch`: a grade compared with `==` went through the generic `==` of raw
    // values, whose first use looked up a conformance by scanning all of them (a third of a
    // million instructions at start).
    self.init(good: 0, requiresImprovement: 0, inadequate: 0, cases: cases ?? grades.count)
    for grade in grades {
      switch grade {
      case .good: good += 1
      case .requiresImprovement: requiresImprovement += 1
      case .inadequate: inadequate += 1
      }
    }
  }

  public var graded: Int { good + requiresImprovement + inadequate }

  public var ungraded: Int { cases - graded }

  public func count(_ grade: Grade) -> Int {
    switch grade {
    case .good: good
    case .requiresImprovement: requiresImprovement
    case .inadequate: inadequate
    }
  }

  /// "4 of 6 graded".
  public var progress: String { "\(graded) of \(cases) graded" }

  /// "1 good, 4 requires improvement, 1 inadequate" — the short form for lists and the CLI.
  public var summary: String {
    Grade.allCases.map { "\(count($0)) \($0.label.lowercased())" }.joined(separator: ", ")
  }

  /// The partnership's sentence: "1 of the 6 cases looked at in the themed audit of children on a
  /// child in need plan was identified as good, 4 as requiring improvement and 1 as inadequate."
  /// `subject` is the theme's report subject. Zeros read "None of the 8 cases ..." / "none as ...";
  /// when every case is good it reads "All of the 6 cases ...".
  public func headline(subject: String) -> String {
    let scope = "looked at in the themed audit of \(subject)"
    if cases == 0 { return "No cases have yet been looked at in the themed audit of \(subject)." }
    if cases == 1 {
      guard let grade = Grade.allCases.first(where: { count($0) == 1 }) else {
        return "The 1 case \(scope) is not yet graded."
      }
      return "The 1 case \(scope) was identified as \(Self.phrase(grade))."
    }
    let lead = good == 0 ? "None" : good == cases ? "All" : "\(good)"
    let verb = good > 1 ? "were" : "was"
    let others = [Grade.requiresImprovement, .inadequate].map { grade in
      "\(count(grade) == 0 ? "none" : "\(count(grade))") as \(Self.phrase(grade))"
    }
    let pending = ungraded > 0 ? "; \(ungraded) \(ungraded == 1 ? "is" : "are") not yet graded" : ""
    return "\(lead) of the \(cases) cases \(scope) \(verb) identified as good, "
      + "\(others[0]) and \(others[1])\(pending)."
  }

  /// How the partnership says a case was graded: "good", "requiring improvement", "inadequate".
  public static func phrase(_ grade: Grade) -> String {
    switch grade {
    case .good: "good"
    case .requiresImprovement: "requiring improvement"
    case .inadequate: "inadequate"
    }
  }
}

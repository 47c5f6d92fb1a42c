import CFAGDomain

/// Checks that every audit's stored figures agree with its case records: cases, grades and returns
/// belong to the audit, grades and dates are valid, domain grades name the audit's theme, the sample
/// counts fit the cases drawn, and a signed-off audit has every included case graded with a rationale.
enum AuditFigureCheck {
  static func run(_ db: any StoreConnection, report: inout VerificationReport) throws {
    let cases = try grouped(db, "SELECT id, audit_id, reference, selection, status FROM audit_case")
    let assessments = try grouped(
      db,
      "SELECT id, audit_id, reference, overall_grade, rationale, domain_grades_json, findings_json FROM assessment"
    )
    let returns = try grouped(
      db, "SELECT id, audit_id, reference, overall_grade, domain_grades_json, answers_json FROM agency_return"
    )
    // A file of a cfag before `v7-audit-case-figures` keeps no case figures on its audits.
    let keepsFigures = try db.columnNames(of: "audit").contains(AuditTable.caseCount)
    let figures = keepsFigures ? AuditTable.derivedColumns.map { ", " + $0 }.joined() : ""
    let audits = try db.rows(
      """
      SELECT id, theme_json, meeting_date, returns_due, sample_json, signed_off_by, signed_off_on,
        amendment_json, panel_agencies\(figures)
      FROM audit ORDER BY id
      """)
    for audit in audits {
      let id = audit.text("id") ?? ""
      var problems = Problems(auditID: id)
      let theme = problems.decode(Theme.self, audit, "theme_json", table: "audit", id: id)
      problems.checkAudit(audit)
      let sample = problems.decode(SampleRecord.self, audit, "sample_json", table: "audit", id: id)
      let auditCases = cases[id] ?? []
      let included = Set(
        auditCases.filter { $0.text("status") == "included" }.map { ($0.text("reference") ?? "") })
      for row in auditCases { problems.checkRowID(row, table: "audit_case") }
      if let sample {
        problems.checkSample(sample, auditCases)
      }
      var graded: [String: String] = [:]
      var grades: [String: String] = [:]
      for row in assessments[id] ?? [] {
        problems.checkRowID(row, table: "assessment")
        problems.checkGrade(row, table: "assessment", required: true)
        problems.checkDomains(row, table: "assessment", theme: theme)
        _ = problems.decode([FindingTag].self, row, "findings_json", table: "assessment", id: row.id)
        graded[row.text("reference") ?? ""] = row.text("rationale")
        grades[row.text("reference") ?? ""] = row.text("overall_grade")
      }
      for row in returns[id] ?? [] {
        problems.checkGrade(row, table: "agency_return", required: false)
        problems.checkDomains(row, table: "agency_return", theme: theme)
        if let answers = problems.decode(
          [String: Answer].self, row, "answers_json", table: "agency_return", id: row.id),
          let theme
        {
          for question in answers.keys.sorted() where theme.question(question) == nil {
            problems.add(
              "agency_return", row.id, "answers_json",
              "answers \"\(question)\", which is not a question of theme \(theme.id)")
          }
        }
      }
      if audit.text("signed_off_by") != nil {
        for reference in included.sorted() where (graded[reference]?.trimmingWhitespace ?? "").isEmpty {
          problems.add(
            "audit", id, "signed_off_by",
            "is signed off but case \(reference) has no grade with a rationale")
        }
      }
      if keepsFigures {
        problems.checkCaseFigures(
          audit, cases: auditCases.count, included: included.count, grades: included.compactMap { grades[$0] }
        )
      }
      report.audits += 1
      for problem in problems.found { report.add(problem) }
    }
  }

  private static func grouped(_ db: any StoreConnection, _ sql: String) throws -> [String: [SQLRow]] {
    Dictionary(grouping: try db.rows(sql + " ORDER BY id"), by: { ($0.text("audit_id") ?? "") })
  }
}

/// The problems found in one audit's records.
private struct Problems {
  let auditID: String
  var found: [VerificationReport.Problem] = []

  mutating func add(_ table: String, _ id: String, _ field: String?, _ message: String) {
    found.append(.init(.figures, table: table, id: id, field: field, "(audit \(auditID)) " + message))
  }

  mutating func decode<T: JSONColumnValue>(
    _ type: T.Type, _ row: SQLRow, _ column: String, table: String, id: String
  )
    -> T?
  {
    do {
      return try JSONColumn.decode(type, row.text(column))
    } catch {
      add(table, id, column, "does not hold a readable value")
      return nil
    }
  }

  mutating func checkAudit(_ audit: SQLRow) {
    let id = audit.text("id") ?? ""
    for column in ["meeting_date", "returns_due", "signed_off_on"] {
      if let text = audit.text(column), Day(iso: text) == nil {
        add("audit", id, column, "\"\(text)\" is not a date")
      }
    }
    if (audit.text("signed_off_by") == nil) != (audit.text("signed_off_on") == nil) {
      add("audit", id, "signed_off_by", "names who signed it off but not when, or when but not who")
    }
    _ = decode(Amendment.self, audit, "amendment_json", table: "audit", id: id)
    _ = decode([String].self, audit, "panel_agencies", table: "audit", id: id)
  }

  /// The audit list's figures the audit keeps (`AuditTable.derivedColumns`) are those of its cases
  /// and their grades.
  mutating func checkCaseFigures(_ audit: SQLRow, cases: Int, included: Int, grades: [String]) {
    for (column, count) in [(AuditTable.caseCount, cases), (AuditTable.includedCount, included)] {
      let kept: Int? = audit[column]
      if kept != count {
        add(
          "audit", auditID, column,
          "says \(kept.map(String.init) ?? "nothing") but the audit has \(count): it was changed outside cfag"
        )
      }
    }
    let kept = audit.text(AuditTable.includedGrades) ?? ""
    let keptGrades = kept.utf8.compactMap(Grade.init(initial:))
    let keptDistribution = GradeDistribution(grades: keptGrades)
    let casesGraded = GradeDistribution(grades: grades.compactMap(Grade.init(rawValue:)))
    if keptGrades.count != kept.utf8.count {
      add(
        "audit", auditID, AuditTable.includedGrades,
        "\"\(kept)\" is not a run of grade initials (g, r, i): it was changed outside cfag")
    } else if keptDistribution != casesGraded {
      add(
        "audit", auditID, AuditTable.includedGrades,
        "keeps the grades as \(keptDistribution.summary), but its included cases are graded "
          + "\(casesGraded.summary): it was changed outside cfag")
    }
  }

  mutating func checkRowID(_ row: SQLRow, table: String) {
    let expected = "\(auditID)/\((row.text("reference") ?? ""))"
    if row.id != expected {
      add(table, row.id, "id", "should be \(expected): it does not match its audit and case reference")
    }
  }

  mutating func checkSample(_ sample: SampleRecord, _ cases: [SQLRow]) {
    let random = cases.filter { $0.text("selection") == "random" }.count
    let reserves = cases.filter { $0.text("selection") == "reserve" }.count
    if random > sample.size {
      add(
        "audit", auditID, "sample_json",
        "records a sample of \(sample.size) but \(random) cases were drawn at random")
    }
    if reserves > sample.reserves {
      add(
        "audit", auditID, "sample_json",
        "records \(sample.reserves) reserves but \(reserves) cases are reserves")
    }
    if random + reserves > sample.poolSize {
      add(
        "audit", auditID, "sample_json",
        "records a pool of \(sample.poolSize) but \(random + reserves) cases were drawn")
    }
  }

  mutating func checkGrade(_ row: SQLRow, table: String, required: Bool) {
    let text = row.text("overall_grade")
    if let text, Grade(rawValue: text) == nil {
      add(table, row.id, "overall_grade", "\"\(text)\" is not a grade")
    } else if text == nil && required {
      add(table, row.id, "overall_grade", "is missing")
    }
  }

  mutating func checkDomains(_ row: SQLRow, table: String, theme: Theme?) {
    guard
      let grades = decode(
        [String: DomainJudgement].self, row, "domain_grades_json", table: table, id: row.id),
      let theme
    else { return }
    for domain in grades.keys.sorted() where theme.domain(domain) == nil {
      add(
        table, row.id, "domain_grades_json",
        "grades \"\(domain)\", which is not a domain of theme \(theme.id)")
    }
  }
}

extension SQLRow {
  /// A column as text whatever its stored type, so a tampered value is reported, not fatal.
  fileprivate func text(_ column: String) -> String? { ChangeChain.text(self[column]) }

  fileprivate var id: String { text("id") ?? "" }
}

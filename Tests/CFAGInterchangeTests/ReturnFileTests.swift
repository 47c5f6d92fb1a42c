import CFAGDomain
import CFAGInterchange
import Foundation
import Testing

/// A theme with two domains and one question each, and an audit form for Kent Police.
enum ReturnFixture {
  static let theme = Theme(
    id: "child-in-need", title: "Children on Child in Need plans", version: 1, description: "CIN",
    reportSubject: "children on a child in need plan", criteria: [],
    domains: [
      ThemeDomain(
        id: "assessment", title: "Assessment",
        questions: [
          Question(
            id: "history", text: "History considered?", guidance: "A chronology", answerType: .yesPartlyNo)
        ]),
      ThemeDomain(
        id: "voice", title: "Voice of the child",
        questions: [Question(id: "seen", text: "Seen alone, in words?", guidance: "", answerType: .text)]),
    ],
    gradeDescriptors: [:])

  static let directory = AgencyDirectory(AgencyDirectory.seed)
  static let police = directory.agencies.first { $0.id == "kent-police" }!
  static let cases = ["MC-1001", "MC-1002"].map(CaseReference.init(trusted:))

  static let form = ReturnForm(
    auditID: "CFAG-2026-01", auditTitle: "CIN audit", theme: theme, agency: police, cases: cases,
    due: Day(iso: "2026-11-20"))

  static var assembler: ReturnAssembler {
    ReturnAssembler(auditID: "CFAG-2026-01", theme: theme, cases: cases, directory: directory)
  }

  /// Answers as an agency would give them: MC-1001 involved and complete, MC-1002 not involved.
  static func answer(_ reference: String, _ key: String) -> String {
    if reference == "MC-1002" { return key == "involved" ? "No" : "" }
    return switch key {
    case "involved": "yes"
    case "known_because": "Domestic abuse notification, 2026"
    case "q:history": "partly: no chronology, but previous referrals were read"
    case "q:seen": "Seen twice at school,\nonce alone"
    case "domain:assessment": "RI"
    case "grade": "requires improvement"
    default: ""
    }
  }

  /// Fills a CSV template's answer column.
  static func fillCSV(_ bytes: [UInt8], _ answer: (String, String) -> String = answer) throws -> [UInt8] {
    let document = try CSVReader.read(bytes)
    var rows = document.records.map(\.fields)
    for index in rows.indices.dropFirst() { rows[index][6] = answer(rows[index][2], rows[index][3]) }
    return CSVWriter.encode(rows)
  }

  /// Writes answers under each heading of a Markdown template, as someone in an editor would.
  static func fillMarkdown(_ text: String, _ answer: (String, String) -> String = answer) -> String {
    var output: [String] = []
    var reference = ""
    var pending: String?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("## Case ") { reference = String(line.dropFirst(8)) }
      if line.hasPrefix("### "), let open = line.lastIndex(of: "[") {
        pending = answer(reference, String(line[line.index(after: open)..<line.index(before: line.endIndex)]))
      }
      output.append(line)
      if line.isEmpty, let text = pending {
        output.append(text)
        pending = nil
      } else if line.hasPrefix(">"), let text = pending {
        output.append(text)
        pending = nil
      }
    }
    return output.joined(separator: "\n")
  }
}

struct ReturnTemplateTests {
  @Test func theCSVTemplateListsEveryCaseAndItem() throws {
    let document = try CSVReader.read(ReturnTemplate.csv(ReturnFixture.form))
    #expect(document.encoding == .utf8WithBOM)
    #expect(document.header?.names == ReturnTemplate.csvColumns)
    let items = ReturnItem.all(for: ReturnFixture.theme).map(\.key)
    #expect(
      items == [
        "involved", "known_because", "work_done", "strengths", "gaps", "voice", "na:assessment", "na:voice",
        "q:history", "q:seen", "domain:assessment", "domain:voice", "grade",
      ])
    #expect(document.rows.count == 2 * items.count)
    #expect(document.rows.first?.fields.prefix(4) == ["CFAG-2026-01", "Kent Police", "MC-1001", "involved"])
    #expect(
      document.rows.contains {
        $0.fields[4] == "History considered?" && $0.fields[5].contains("A chronology")
      })
  }

  @Test func theMarkdownTemplateNamesAuditAgencyAndKeys() {
    let text = ReturnTemplate.markdown(ReturnFixture.form)
    #expect(text.contains("\nAudit: CFAG-2026-01\nAgency: Kent Police\nReturn by: 2026-11-20\n"))
    #expect(text.contains("## Case MC-1002"))
    #expect(text.contains("### History considered? [q:history]"))
  }
}

struct ReturnRoundTripTests {
  func check(_ assembled: AssembledReturns) {
    #expect(assembled.agency.id == "kent-police")
    #expect(assembled.blankCases.isEmpty)
    #expect(assembled.returns.count == 2)
    let first = assembled.returns[0]
    #expect(first.involved && first.overallGrade == .requiresImprovement)
    #expect(
      first.answers["history"]
        == Answer(choice: .partly, text: "no chronology, but previous referrals were read"))
    #expect(first.answers["seen"]?.text == "Seen twice at school,\nonce alone")
    #expect(first.domainGrades == ["assessment": .graded(.requiresImprovement)])
    #expect(!assembled.returns[1].involved)
  }

  @Test func csvTemplateFilledInComesBack() throws {
    let filled = try ReturnFixture.fillCSV(ReturnTemplate.csv(ReturnFixture.form))
    check(try ReturnFixture.assembler.assemble(FilledReturn.csv(filled), file: "police.csv"))
  }

  @Test func markdownTemplateFilledInComesBack() throws {
    let filled = ReturnFixture.fillMarkdown(ReturnTemplate.markdown(ReturnFixture.form))
    check(try ReturnFixture.assembler.assemble(FilledReturn.markdown(filled), file: "police.md"))
  }

  @Test func aBlankCaseIsLeftOut() throws {
    let filled = try ReturnFixture.fillCSV(ReturnTemplate.csv(ReturnFixture.form)) { reference, key in
      reference == "MC-1002" ? "" : ReturnFixture.answer(reference, key)
    }
    let assembled = try ReturnFixture.assembler.assemble(FilledReturn.csv(filled), file: "police.csv")
    #expect(assembled.returns.map(\.reference.value) == ["MC-1001"])
    #expect(assembled.blankCases.map(\.value) == ["MC-1002"])
  }
}

struct ReturnErrorTests {
  func problems(_ filled: FilledReturn, file: String) -> [String] {
    do {
      _ = try ReturnFixture.assembler.assemble(filled, file: file)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func csvMistakesAreReportedByLine() throws {
    let filled = try ReturnFixture.fillCSV(ReturnTemplate.csv(ReturnFixture.form)) { reference, key in
      switch (reference, key) {
      case ("MC-1001", "q:history"): "perhaps"
      case ("MC-1001", "grade"): "excellent"
      case ("MC-1001", "known_because"): ""
      case ("MC-1002", "involved"): "maybe"
      default: ReturnFixture.answer(reference, key)
      }
    }
    // Line 1 is the header; MC-1001's items are lines 2-15 (the answer to q:seen takes two lines).
    // A missing answer is no problem: the case is stored as a draft.
    #expect(
      problems(FilledReturn.csv(filled), file: "p.csv") == [
        "p.csv:10: answer history: case MC-1001: \"perhaps\" is not yes/partly/no/n/a",
        "p.csv:15: grade: \"excellent\" must be \(Grade.accepted)",
        "p.csv:16: involved: \"maybe\" must be yes or no",
      ])
  }

  @Test func theWrongAuditAgencyOrCaseIsNamed() throws {
    var rows = try CSVReader.read(ReturnFixture.fillCSV(ReturnTemplate.csv(ReturnFixture.form))).records.map(
      \.fields)
    for index in rows.indices.dropFirst() { rows[index][0] = "CFAG-2025-04" }
    rows[1][2] = "MC-9999"
    let problems = problems(FilledReturn.csv(CSVWriter.encode(rows)), file: "p.csv")
    #expect(problems.first == "p.csv:2: audit: the file is a return for \"CFAG-2025-04\", not CFAG-2026-01")
    #expect(problems.contains("p.csv:2: case: \"MC-9999\" is not a case of audit CFAG-2026-01"))
    rows = try CSVReader.read(ReturnFixture.fillCSV(ReturnTemplate.csv(ReturnFixture.form))).records.map(
      \.fields)
    for index in rows.indices.dropFirst() { rows[index][1] = "Kent Fire" }
    #expect(
      self.problems(FilledReturn.csv(CSVWriter.encode(rows)), file: "p.csv").first?.hasPrefix(
        "p.csv:2: agency: \"Kent Fire\" is not on the agency list") == true)
  }

  @Test func markdownHeadingsThatLostTheirKeyAreNamed() {
    var text = ReturnFixture.fillMarkdown(ReturnTemplate.markdown(ReturnFixture.form))
    text = text.replacingOccurrences(
      of: "### History considered? [q:history]", with: "### History considered?")
    let found = problems(FilledReturn.markdown(text), file: "p.md")
    #expect(
      found.contains {
        $0.hasSuffix("item: the heading has lost its [key]; keep the template's headings as they are")
      })
  }

  @Test func aFileThatIsNotAReturnSaysSo() {
    #expect(
      problems(FilledReturn.csv(Array("a,b\n1,2\n".utf8)), file: "x.csv") == [
        "x.csv:1: header: the header must have the columns audit, agency, case, item and answer, as in the template"
      ])
    #expect(
      problems(FilledReturn.markdown("# Notes\n\nnothing here\n"), file: "x.md") == [
        "x.md:1: audit: the file does not say which audit it is for; start from `cfag returns template`",
        "x.md:1: agency: the file does not say which agency it is from",
      ])
  }
}

import CFAGDomain
import CFAGInterchange
import Testing

/// Reads a candidate CSV given as text (or bytes) on 2026-11-23.
func readCandidates(
  _ text: String, mapping: CandidateMapping = CandidateMapping(), drop: [String] = []
) throws(ImportProblems) -> CandidateList {
  try readCandidates(Array(text.utf8), mapping: mapping, drop: drop)
}

func readCandidates(
  _ bytes: [UInt8], mapping: CandidateMapping = CandidateMapping(), drop: [String] = []
) throws(ImportProblems) -> CandidateList {
  try CandidateListReader(mapping: mapping, dropped: drop, today: Day(iso: "2026-11-23")!)
    .read(bytes, name: "list.csv")
}

/// The problems reading a candidate CSV gives, or [] when it is accepted.
func candidateProblems(_ text: String, mapping: CandidateMapping = CandidateMapping(), drop: [String] = [])
  -> [String]
{
  do {
    _ = try readCandidates(text, mapping: mapping, drop: drop)
    return []
  } catch {
    return error.problems
  }
}

struct CandidateListReaderTests {
  @Test func readsTheDefaultHeadersAndTurnsDatesOfBirthIntoBands() throws {
    let list = try readCandidates(
      """
      Case Reference,Plan Type,Date of Birth,Gender,Team,Start Date,Agencies Known
      MC-1001,CIN,2019-05-01,Female,North,01/03/2026,Police; Health
      MC-1002,Child Protection,23/11/2025,Male,South,2026-02-10,
      MC-1003,pre-birth,,Unknown,North,2026-09-01,Health

      """)
    #expect(list.candidates.count == 3)
    let first = list.candidates[0]
    #expect(first.reference.value == "MC-1001")
    #expect(first.planType == .childInNeed)
    #expect(first.ageBand == .age5to9)
    #expect(first.startDate == Day(iso: "2026-03-01"))
    #expect(first.agenciesKnown == ["Police", "Health"])
    #expect(list.candidates[1].ageBand == .age1to4)
    #expect(list.candidates[2].ageBand == .unborn)
    #expect(list.file.ignoredColumns.isEmpty)
  }

  @Test func ageExpectedDateAndAgeBandColumnsAllGiveABand() throws {
    let list = try readCandidates(
      """
      Ref,Plan,Expected Date,Age
      MC-1,pre-birth,2027-02-01,
      MC-2,CIN,,12
      MC-3,CIN,,16-17
      """)
    #expect(list.candidates.map(\.ageBand) == [.unborn, .age10to15, .age16to17])
  }

  @Test func quotedFieldsEmbeddedNewlinesAndBlankRowsAreHandled() throws {
    let text =
      "\u{FEFF}Case Reference,Plan Type,Team,Agencies Known\r\n"
      + "MC-1001,CIN,\"North\nChatham\",\"Police, Health\"\r\n"
      + ",,,\r\n\r\n"
      + "MC-1002,CP,\"The \"\"East\"\" team\",\r\n"
    let list = try readCandidates(text)
    #expect(list.candidates.map(\.team) == ["North\nChatham", "The \"East\" team"])
    #expect(list.candidates[0].agenciesKnown == ["Police", "Health"])
    #expect(list.file.encoding == .utf8WithBOM)
    // The physical line counts the newline inside quotes and the blank lines.
    #expect(
      candidateProblems(text + "MC-1003,Nope,,\r\n") == [
        "list.csv:7: plan_type: \"Nope\" is not a plan type; use one of pre-birth, early-help, child-in-need, "
          + "child-protection, looked-after, none, or map this system's code in a mapping file: "
          + "`value plan_type: Nope = child-in-need`"
      ])
  }

  @Test func readsTheWindows1252FilesExcelWrites() throws {
    // "Café" in Windows-1252: é is 0xE9.
    let bytes = Array("Case Reference,Plan Type,Team\r\nMC-1001,CIN,Caf".utf8) + [0xE9] + Array("\r\n".utf8)
    let list = try readCandidates(bytes)
    #expect(list.candidates[0].team == "Café")
    #expect(list.file.encoding == .windows1252)
  }

  @Test func aMappingFileNamesOtherHeadersCodesAndDrops() throws {
    let mapping = try CandidateMapping(
      parsing: """
        # Made-up system export
        reference: Client Identifier
        plan_type: Legal Status   # S17 and S47 codes
        date_of_birth: Birth Dt
        team: Locality Team
        drop: Worker Name
        value plan_type: S17 = child-in-need
        value plan_type: S47 = CP
        """, name: "map.txt")
    let list = try readCandidates(
      """
      Client Identifier,Legal Status,Birth Dt,Locality Team,Worker Name,Notes Count
      X-77,S17,2015-01-01,Strood,A Worker,4
      X-78,s47,2011-12-01,Gillingham,B Worker,1
      """, mapping: mapping)
    #expect(list.candidates.map(\.planType) == [.childInNeed, .childProtection])
    #expect(list.candidates.map(\.team) == ["Strood", "Gillingham"])
    #expect(list.file.ignoredColumns == ["Notes Count"])
  }

  @Test func mappingFileMistakesAreReportedByLine() {
    #expect(throws: ImportProblems.self) { try CandidateMapping(parsing: "reference Client", name: "m") }
    do {
      _ = try CandidateMapping(parsing: "# ok\nreferences: X\nvalue plan_type: Q = bogus\n", name: "m.txt")
    } catch {
      #expect(error.problems.count == 2)
      #expect(error.problems[0].hasPrefix("m.txt:2: \"references\" is not a candidate field"))
      #expect(error.problems[1].hasPrefix("m.txt:3: value plan_type: \"bogus\" is not a plan type"))
    }
  }

  @Test func aChildNameColumnIsRefusedNamingDrop() {
    let text = """
      Case Reference,Child Name,Plan Type,DOB
      MC-1001,Jo Bloggs,CIN,2019-05-01
      """
    let problems = candidateProblems(text)
    #expect(problems.count == 1)
    #expect(problems[0].hasPrefix("list.csv:1: column \"Child Name\": looks like it holds names"))
    #expect(problems[0].contains("--drop \"Child Name\""))
    #expect(candidateProblems(text, drop: ["child name"]).isEmpty)
  }

  @Test func aSecondDateOfBirthColumnIsRefusedToo() {
    let problems = candidateProblems(
      "Case Reference,Plan Type,DOB,Mother DOB\nMC-1,CIN,2019-05-01,1990-01-01\n")
    #expect(problems.count == 1)
    #expect(problems[0].hasPrefix("list.csv:1: column \"Mother DOB\": looks like it holds dates of birth"))
  }

  @Test func personalDataColumnsAreRefusedByHeaderOrByContent() {
    let problems = candidateProblems(
      """
      Case Reference,Plan Type,Address Line 1,Post Code,Contact,Extra
      MC-1001,CIN,1 High St,ME4 4TR,07700900123,943 476 5919
      MC-1002,CIN,2 High St,ME7 1AB,07700900456,401 023 2137
      """)
    #expect(problems.count == 4)
    #expect(problems[0].contains("\"Address Line 1\": looks like it holds addresses"))
    #expect(problems[1].contains("\"Post Code\": looks like it holds postcodes"))
    #expect(problems[2].contains("\"Contact\": looks like it holds phone numbers"))
    #expect(problems[3].contains("\"Extra\": looks like it holds NHS numbers"))
  }

  @Test func badRowsAreReportedAsFileLineFieldProblem() {
    let problems = candidateProblems(
      """
      Case Reference,Plan Type,Date of Birth,Start Date
      MC-1001,CIN,2019-05-01,2026-01-01
      Jo Bloggs,CIN,,
      MC-1003,Foster,,
      MC-1004,CIN,31/02/2019,
      MC-1005,CIN,,next week
      MC-1001,CP,,
      MC-1007,CIN
      "MC-1008",CIN,,
      """)
    #expect(
      problems == [
        "list.csv:3: reference: \"Jo Bloggs\" may hold only letters, digits and - _ / . (no spaces)",
        "list.csv:4: plan_type: \"Foster\" is not a plan type; use one of pre-birth, early-help, child-in-need, "
          + "child-protection, looked-after, none, or map this system's code in a mapping file: "
          + "`value plan_type: Foster = child-in-need`",
        "list.csv:5: date_of_birth: is not a date; use YYYY-MM-DD or DD/MM/YYYY",
        "list.csv:6: start_date: \"next week\" is not a date; use YYYY-MM-DD or DD/MM/YYYY",
        "list.csv:7: reference: \"MC-1001\" is already on line 2",
        "list.csv:8: row: expected 4 fields (as in the header) but found 2",
      ])
  }

  @Test func missingColumnsAndUnknownDropsAreNamed() {
    let problems = candidateProblems("ID Code,Status\nA1,CIN\n", drop: ["Surname"])
    #expect(problems.count == 3)
    #expect(problems[0].hasPrefix("list.csv:1: drop: there is no column \"Surname\""))
    #expect(problems[1].hasPrefix("list.csv:1: reference: no column found for the reference"))
    #expect(problems[1].contains("reference: YOUR HEADER"))
    #expect(problems[2].hasPrefix("list.csv:1: plan_type: no column found"))
  }

  @Test func manyProblemsAreCappedForReading() {
    let rows = (1...50).map { "Bad Ref \($0),CIN" }.joined(separator: "\n")
    let problems = candidateProblems("Case Reference,Plan Type\n" + rows)
    #expect(problems.count == 50)
    let error = ImportProblems(problems: problems)
    #expect(error.shown.count == ImportProblems.limit + 1)
    #expect(error.shown.last == "... and 30 more")
  }

  @Test func aHundredThousandRowsAreRead() throws {
    var text = "Case Reference,Plan Type,Date of Birth,Gender,Team,Start Date,Agencies Known\n"
    for index in 0..<100_000 {
      text +=
        "MC-\(100_000 + index),CIN,2015-0\(index % 9 + 1)-1\(index % 10),F,Team \(index % 7),2026-01-05,Police\n"
    }
    let list = try readCandidates(text)
    #expect(list.candidates.count == 100_000)
    #expect(list.candidates.last?.reference.value == "MC-199999")
  }
}

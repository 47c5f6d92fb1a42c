import CFAGDomain
import CFAGInterchange
import Foundation
import Testing

struct TrackerPackTests {
  static let today = Day(iso: "2026-11-23")!

  static func action(_ number: Int, due: String, owner: String = "kent-police", urgent: Bool = false)
    -> TrackerAction
  {
    TrackerAction(
      id: ActionID("LL-2026-00\(number)"), text: "=Train 90% of staff, then audit",
      source: .other("LCSPR Smith family"),
      owner: owner, lead: "Lead \(number)", created: Day(iso: "2026-10-01")!, due: Day(iso: due)!,
      urgent: urgent)
  }

  static let pack = TrackerPack(
    actions: [
      action(1, due: "2027-03-01"), action(2, due: "2026-11-01", owner: "nelft"),
      action(3, due: "2027-05-01", urgent: true),
    ],
    agencyNames: ["kent-police": "Police", "nelft": "NELFT"],
    anonymiser: Anonymiser(references: [], labels: [:]), today: today, scope: "all agencies")

  @Test func overdueFirstThenUrgentThenByDue() {
    #expect(Self.pack.entries.map(\.action.id) == ["LL-2026-002", "LL-2026-003", "LL-2026-001"])
    #expect(Self.pack.entries.first?.overdueDays == 22)
    #expect(Self.pack.summary.map(\.agency) == ["NELFT", "Police"])
    #expect(Self.pack.totals.count(.red) == 1 && Self.pack.totals.count(.green) == 2)
  }

  @Test func theCSVOpensCleanlyInExcel() throws {
    let bytes = TrackerPackCSV.encode(Self.pack)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let document = try CSVReader.read(bytes)
    #expect(document.header?.names.first == "ID")
    #expect(document.rows.count == 3)
    #expect(document.fieldCountMismatches.isEmpty)
    let due = document.header!.index(of: "Due")!
    #expect(document.rows.first?[due] == "2026-11-01")
    let read = TrackerCSVReader.read(Data(bytes))
    #expect(read.problems.isEmpty)
    #expect(read.rows.allSatisfy { !$0.isEdited })
  }

  @Test func markdownAndHTMLCarryTheSummaryAndTheRule() {
    let markdown = TrackerPackMarkdown.render(Self.pack)
    #expect(markdown.contains("| NELFT | 1 | 0 | 0 | 0 | 0 | 1 | 1 |"))
    #expect(markdown.contains("- **Red:** open and past its due date, or off track."))
    let html = TrackerPackHTML.render(Self.pack)
    #expect(html.contains("<span class=\"rag red\">Red</span>"))
    #expect(!html.contains("<script"))
  }

  @Test func readsSpreadsheetDatesAndReportsBadCellsWithTheirLines() {
    var rows = CSVReader.readRows(TrackerPackCSV.encode(Self.pack))
    let due = TrackerColumn.allCases.firstIndex(of: .due)!
    let status = TrackerColumn.allCases.firstIndex(of: .status)!
    rows[1][due] = "01/12/2026"
    rows[2][status] = "finished"
    rows[3][due] = "31/02/2027"
    let read = TrackerCSVReader.read(Data(CSVWriter.encode(rows)))
    #expect(read.rows.first?.due == Day(iso: "2026-12-01"))
    #expect(read.problems.map(\.line) == [3, 4])
    #expect(read.problems.first?.description.contains("Status \"finished\"") == true)
  }

  @Test func aFileWithoutTheColumnsIsRefusedAtTheHeader() {
    let read = TrackerCSVReader.read(Data("ID,Status\nLL-2026-001,Complete\n".utf8))
    #expect(read.problems.count == 1)
    #expect(read.problems.first?.line == 1)
    #expect(read.problems.first?.message.contains("Version (do not edit)") == true)
  }
}

extension CSVReader {
  fileprivate static func readRows(_ bytes: [UInt8]) -> [[String]] {
    (try? read(bytes).records.map(\.fields)) ?? []
  }
}

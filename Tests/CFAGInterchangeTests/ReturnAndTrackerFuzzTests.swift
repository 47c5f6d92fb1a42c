import CFAGDomain
import Foundation
import Testing

@testable import CFAGInterchange

/// Return files and tracker packs, filled in properly and then damaged byte by byte as a careless
/// editor or a hostile sender could: reading never crashes, every problem has a line inside the
/// file, and nothing that is read holds a NUL, a field over the limit or a date out of range.
@Suite("Return and tracker fuzzing")
struct ReturnAndTrackerFuzzTests {
  static let interesting: [UInt8] = [
    0x00, 0x22, 0x2C, 0x0D, 0x0A, 0x1B, 0x07, 0x7F, 0x80, 0x93, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF, 0xFE, 0x23,
    0x3E,
    0x7C, 0x2D, 0x39,
  ]

  static func mutate(_ bytes: inout [UInt8], _ random: inout CSVSeededGenerator) {
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      let byte =
        Bool.random(using: &random)
        ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
      let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<4, using: &random) {
      case 0 where !bytes.isEmpty: bytes[position] = byte
      case 1: bytes.insert(byte, at: position)
      case 2 where !bytes.isEmpty: bytes.remove(at: position)
      default:
        let start = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
        let end = min(bytes.count, start + Int.random(in: 0...30, using: &random))
        bytes.insert(contentsOf: bytes[start..<end], at: position)
      }
    }
  }

  static let names = ["kent-police": "Police", "nelft": "NELFT"]

  static func lines(_ bytes: [UInt8]) -> Int {
    1 + bytes.filter { $0 == 0x0A || $0 == 0x0D }.count
  }

  static func checkReturn(_ filled: FilledReturn, _ bytes: [UInt8]) {
    for problem in filled.problems {
      #expect((1...lines(bytes)).contains(problem.line), "problem line \(problem.line): \(problem.text)")
    }
    for entry in filled.entries where filled.problems.isEmpty {
      #expect(!entry.value.utf8.contains(0))
      #expect(entry.value.utf8.count <= ImportLimits.maxFieldBytes)
      #expect((1...lines(bytes)).contains(entry.line))
    }
    // Assembling never crashes either; its refusals name the file.
    do {
      _ = try ReturnFixture.assembler.assemble(filled, file: "fuzz.csv")
    } catch {
      #expect(error.problems.allSatisfy { $0.hasPrefix("fuzz.csv") })
    }
  }

  @Test func damagedCSVReturns() throws {
    var random = CSVSeededGenerator(seed: 2026)
    let filled = try ReturnFixture.fillCSV(ReturnFormat.csv.template(ReturnFixture.form))
    for _ in 0..<1200 {
      var bytes = filled
      Self.mutate(&bytes, &random)
      Self.checkReturn(ReturnFormat.csv.read(bytes), bytes)
    }
  }

  @Test func damagedMarkdownReturns() throws {
    var random = CSVSeededGenerator(seed: 1989)
    let template = String(decoding: try ReturnFormat.markdown.template(ReturnFixture.form), as: UTF8.self)
    let filled = Array(ReturnFixture.fillMarkdown(template).utf8)
    for _ in 0..<1200 {
      var bytes = filled
      Self.mutate(&bytes, &random)
      Self.checkReturn(ReturnFormat.markdown.read(bytes), bytes)
    }
  }

  @Test func damagedTrackerPacks() {
    var random = CSVSeededGenerator(seed: 1870)
    let pack = TrackerPackCSV.encode(TrackerPackTests.pack)
    let actions = Dictionary(
      uniqueKeysWithValues: TrackerPackTests.pack.entries.map { ($0.action.id, $0.action) })
    for _ in 0..<1200 {
      var bytes = pack
      Self.mutate(&bytes, &random)
      let (rows, problems) = TrackerCSVReader.read(Data(bytes))
      for problem in problems {
        #expect((1...Self.lines(bytes)).contains(problem.line), "problem line \(problem.line): \(problem)")
      }
      for row in rows {
        for text in [row.newProgress, row.evidence, row.dueReason, row.lead, row.agency] {
          #expect(!text.utf8.contains(0))
          #expect(text.utf8.count <= ImportLimits.maxFieldBytes)
        }
        #expect(ImportLimits.years.contains(row.due.year))
      }
      let plan = TrackerImportPlan(
        rows: rows, problems: problems, current: { actions[$0] }, author: "Fuzz",
        today: TrackerPackTests.today,
        agencyName: { Self.names[$0] ?? $0 },
        agencyID: { name in Self.names.first { $0.value == name }?.key })
      for entry in plan.entries {
        #expect(!entry.after.lead.isEmpty)
        #expect(ImportLimits.years.contains(entry.after.due.year))
      }
    }
  }
}

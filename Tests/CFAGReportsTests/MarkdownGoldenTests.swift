import CFAGDomain
import Foundation
import Testing

@testable import CFAGReports

/// The Markdown of fixture audits against files checked in under `Golden/`.
struct MarkdownGoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  static func expectGolden(_ name: String, _ input: ReportInput) throws {
    let actual = MarkdownRenderer.render(OverviewReport.build(input).document)
    // CFAG_UPDATE_GOLDEN=1 swift test --filter MarkdownGoldenTests rewrites the files; review the diff.
    if ProcessInfo.processInfo.environment["CFAG_UPDATE_GOLDEN"] != nil {
      try actual.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 }
      ?? min(actualLines.count, expectedLines.count)
    #expect(
      actual == expected,
      "\(name) differs at line \(first + 1):\n  expected: \(first < expectedLines.count ? expectedLines[first] : "(end)")\n  actual:   \(first < actualLines.count ? actualLines[first] : "(end)")"
    )
  }

  @Test func allThreeGrades() throws { try Self.expectGolden("mixed.md", Fixtures.mixed()) }

  @Test func noneGoodSignedOffWithAmendment() throws {
    try Self.expectGolden("none-good.md", Fixtures.noneGood())
  }

  @Test func oneCaseWithNoAgencyReturns() throws { try Self.expectGolden("one-case.md", Fixtures.oneCase()) }
}

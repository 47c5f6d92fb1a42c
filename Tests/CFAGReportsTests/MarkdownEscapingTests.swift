import CFAGDomain
import Testing

@testable import CFAGReports

/// User text typed into sections and rationales reaches the Markdown report as the words typed:
/// no raw HTML, no links, no section of its own.
struct MarkdownEscapingTests {
  @Test("HTML, a javascript: link and a fake headline in user text are escaped")
  func userTextCannotBecomeMarkdown() throws {
    var input = Fixtures.mixed()
    input.sections["purpose"] =
      "Fine.\n## Headline\n<img src=x onerror=alert(1)> [report](javascript:alert(1)) **all good**"
    input.sections["theme:escalation-policy-not-used"] = "<script>steal()</script>\n- fake bullet"
    let markdown = MarkdownRenderer.render(OverviewReport.build(input).document)
    #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("## Headline") }.count == 1)
    #expect(!markdown.replacing("\\<", with: "").contains("<img"))
    #expect(markdown.contains(#"\<img src=x onerror=alert(1)\>"#))
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains(#"\<script\>steal()\</script\>"#))
    #expect(!markdown.contains("[report](javascript:"))
    #expect(markdown.contains(#"\[report\](javascript:alert(1))"#))
    #expect(markdown.contains(#"\*\*all good\*\*"#))
    #expect(!markdown.contains("\n- fake bullet"))
  }
}

/// A signed-off report for the panel carries the change log's head at sign-off, to check later with
/// verify --head; a copy for the Board carries no such id.
struct SignOffHeadReportTests {
  @Test func theHeadAtSignOffIsPrintedForThePanelOnly() {
    var input = Fixtures.noneGood()
    input.signOffHead = String(repeating: "ab", count: 32)
    #expect(!MarkdownRenderer.render(OverviewReport.build(input).document).contains("Change log head"))
    input.options = ReportOptions(isInternal: true)
    let markdown = MarkdownRenderer.render(OverviewReport.build(input).document)
    #expect(markdown.contains("- **Change log head at sign-off:** " + String(repeating: "ab", count: 32)))
    input.signOffHead = nil
    #expect(!MarkdownRenderer.render(OverviewReport.build(input).document).contains("Change log head"))
  }
}

import Foundation
import Testing

/// The report commands, as a script would use them: documents on stdout or in new private files.
struct CLIReportTests {
  @Test func theOverviewReportGoesToStdoutInEachTextFormat() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    let markdown = try cli.run(["report", audit])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("1 of the 6 cases"))
    #expect(markdown.stdout.contains("DRAFT"))
    #expect(!markdown.stdout.contains("MC-1001"), "the report names cases by label only")
    #expect(try cli.run(["report", "render", audit]).stdout == markdown.stdout)
    let html = try cli.run(["report", audit, "--format", "html"])
    #expect(html.stdout.contains("<html"))
    let csv = try cli.run(["report", audit, "--format", "csv"]).stdout.split(whereSeparator: \.isNewline)
    #expect(csv.first?.hasPrefix("\u{FEFF}audit_id,theme_id,meeting_date,case,") == true)
    #expect(csv.dropFirst().allSatisfy { $0.hasPrefix("\(audit),child-in-need,2026-12-01,Case ") })
    let panelOnly = try cli.run(["report", audit, "--internal"])
    #expect(panelOnly.stdout.contains("MC-1001"))
    #expect(panelOnly.stderr.contains("internal"))
  }

  @Test func aReportFileIsPrivateAndNeverOverwrittenWithoutForce() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    let binary = try cli.run(["report", audit, "--format", "docx"])
    #expect(binary.status == 1)
    #expect(binary.stdout.isEmpty)
    #expect(binary.stderr.contains("--out"))
    let written = try cli.run(["report", audit, "--format", "docx", "--out", "report.docx"])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    let path = cli.folder.appendingPathComponent("report.docx").path
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(2) == Data("PK".utf8))
    let again = try cli.run(["report", audit, "--format", "docx", "--out", "report.docx"])
    #expect(again.status == 1)
    #expect(again.stderr.contains("report.docx already exists"))
    #expect(
      try cli.run(["report", audit, "--format", "docx", "--out", "report.docx", "--force"]).status == 0)
    let nowhere = try cli.run(["report", audit, "--out", "no/such/folder/report.md"])
    #expect(nowhere.status == 1)
    #expect(nowhere.stderr.contains("no/such/folder"))
  }

  @Test func aNarrativeSectionIsWrittenWithoutStdoutAndShowsInTheReport() throws {
    let cli = try CLIRunner()
    let audit = try cli.gradedAudit()
    let saved = try cli.run([
      "report", "edit", audit, "--section", "summary", "--text", "Referrals were often late.",
    ])
    #expect(saved.status == 0)
    #expect(saved.stdout.isEmpty)
    #expect(try cli.run(["report", audit]).stdout.contains("Referrals were often late."))
    let fromStdin = try cli.run(
      ["report", "edit", audit, "--section", "conclusion", "--file", "-"], input: "Escalation works.\n")
    #expect(fromStdin.status == 0)
    #expect(try cli.run(["report", audit]).stdout.contains("Escalation works."))
    let before = try cli.dump()
    let unknown = try cli.run(["report", "edit", audit, "--section", "preface", "--text", "x"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("\"preface\""))
    let both = try cli.run([
      "report", "edit", audit, "--section", "summary", "--text", "x", "--file", "f.txt",
    ])
    #expect(both.status == 1)
    #expect(both.stderr.contains("not both"))
    #expect(try cli.dump() == before)
  }

  @Test func trendsAndTheAnnualSectionCoverTheAudits() throws {
    var cli = try CLIRunner()
    _ = try cli.gradedAudit()
    // Before the meeting (2026-12-01) the audit is planned: listed, never counted or "undertaken".
    let before = try cli.succeed(["report", "trends"])
    #expect(before.contains("Audits held:** 0"))
    #expect(before.contains("meeting on 1 December 2026"))
    let plannedAnnual = try cli.succeed(["report", "annual", "--from", "2026-04-01", "--to", "2027-03-31"])
    #expect(plannedAnnual.contains("the CFAG undertook no multi-agency audits"))
    #expect(plannedAnnual.contains("Planned in the period and not yet held:"))
    cli.environment["CFAG_TODAY"] = "2026-12-10"
    let trends = try cli.run(["report", "trends", "--format", "csv"])
    #expect(trends.status == 0)
    let rows = trends.stdout.split(whereSeparator: \.isNewline).map(String.init)
    #expect(
      rows.first?.hasPrefix("\u{FEFF}theme_id,theme,period,period_start,period_end,audits,drafts,") == true)
    #expect(
      rows.contains {
        $0.hasPrefix("child-in-need,") && $0.hasSuffix(",2026-27,2026-04-01,2027-03-31,1,1,6,6,1,4,1")
      })
    let calendar = try cli.succeed(["report", "trends", "--period", "calendar", "--format", "csv"])
    #expect(calendar.contains(",2026,2026-01-01,2026-12-31,1,1,6,6,1,4,1"))
    let unknown = try cli.run(["report", "trends", "--theme", "nope"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("\"nope\""))
    let annual = try cli.run(["report", "annual", "--from", "2026-01-01", "--to", "2026-12-31"])
    #expect(annual.status == 0)
    #expect(annual.stdout.contains("2026"))
    let backwards = try cli.run(["report", "annual", "--from", "2026-12-31", "--to", "2026-01-01"])
    #expect(backwards.status == 1)
    #expect(backwards.stderr.contains("2026-12-31"))
  }
}

import ArgumentParser
import CFAGDomain
import CFAGStore

struct PurgeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "purge",
    abstract: "Retention: remove case-level detail from audits whose meeting was before a date.",
    discussion: """
      Replaces agencies' return text, the panel's rationales, good practice and voice notes, answer
      evidence notes, why each case was selected or taken out, escalated concerns and case outline
      details with "[purged YYYY-MM-DD]", in the records and in the change log (with the salts of
      their hashes and the reasons logged for the audits' changes). Grades, domain grades, finding
      tags, answer choices, recommendations and actions stay, so every figure and report count stays
      the same. The purge itself is logged. It is refused while another program has the database open,
      and empties the -wal file afterwards, so no copy of the purged text is left beside the database.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "Purge audits whose meeting was before this date.") var before: Day
  @Flag(help: "Show what would be purged, and change nothing.") var dryRun = false

  func run() throws {
    let report = try AppEnvironment(global).workbench().purge(before: before, dryRun: dryRun)
    if global.json { return JSONOutput.print(PurgeJSON(report)) }
    if report.audits.isEmpty {
      return Output.done("nothing to purge: no case-level detail left in audits met before \(before.iso)")
    }
    let table = TextTable.render(
      header: ["AUDIT", "MEETING", "FIELDS"],
      rows: report.audits.map { [$0.auditID.rawValue, $0.meetingDate.iso, "\($0.total)"] })
    let count =
      "\(report.total) field\(report.total == 1 ? "" : "s") in \(report.audits.count) audit"
      + (report.audits.count == 1 ? "" : "s")
    if dryRun {
      Output.print(table)
      Output.done("dry run: would replace \(count) with \"\(report.placeholder)\"; nothing was changed")
    } else {
      Output.standardError(table)
      Output.done("purged \(count); their text now reads \"\(report.placeholder)\"")
      if !report.walCleared {
        Output.warn(
          "another program opened the database during the purge: copies of the purged text may stay in "
            + "the -wal file until it closes; run cfag purge --before \(before.iso) again then")
      }
    }
  }
}
